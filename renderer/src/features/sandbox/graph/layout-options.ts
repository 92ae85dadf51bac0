// Pure, without elkjs' worker: the unit tests lay out with the very options the Sandbox view uses.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { GRAPH_COLUMNS, type WorldGraph } from '../../../../../shared/sandbox/world-graph';

export const NODE_WIDTH = 188;
export const NODE_HEIGHT = 44;

/**
 * ELK's layered algorithm, left to right in the order a token's path reads (who → organization → role →
 * permission → API), with its cheaper settings because a real tenant has hundreds of users
 * (`npm run bench world-graph` measures 500 users, 974 nodes):
 * - one pass of crossing minimisation and simple node placement (a thorough pass took minutes on 1,000 nodes);
 * - the world laid out as one graph: by default ELK lays out each connected component apart and packs them, which
 *   cost time for nothing;
 * - above LARGE_GRAPH nodes no crossing minimisation at all: each layer keeps the world's order (its YAML order);
 *   a graph that large is read by search and Enter, not by following its lines;
 * - the layers are known, they are the graph's columns: each box is handed to ELK at its column's x and ELK's
 *   interactive layering keeps it there. Network simplex layering (the default) cost a third of the layout and put
 *   roles without holders in the first column and APIs in three; the columns are the picture's meaning.
 * - a box's edges share one port per side (`mergeEdges`): without it ELK makes a port for every edge end (4,306 on
 *   the benchmark's world instead of 1,296), and sizing the boxes around their ports was the largest phase
 *   of the layout; every line of a box now leaves from (or arrives at) the middle of its side.
 * Together 1.4-1.8x less CPU than before on the benchmark's world (elkjs in Node, warm, two runs of 4 each), and
 * merged ports about 1.3x less again (the layout worker's own CPU per open in Chromium).
 * Measured with `elk.layered.*` alternatives too: partitioning by column, model order, orthogonal or spline edges
 * and linear-segment placement each made it slower, not faster, on this graph.
 */
const BASE_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.mergeEdges': 'true',
  'elk.spacing.nodeNode': '12',
  'elk.layered.spacing.nodeNodeBetweenLayers': '72',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};
export const LARGE_GRAPH = 400;
const LARGE_GRAPH_OPTIONS = { 'elk.layered.crossingMinimization.strategy': 'NONE' };

/** ELK's options for a graph of `nodeCount` nodes; pure (no worker), so a unit test lays out with the same ones. */
export function layoutOptions(nodeCount: number): Record<string, string> {
  return nodeCount > LARGE_GRAPH ? { ...BASE_OPTIONS, ...LARGE_GRAPH_OPTIONS } : BASE_OPTIONS;
}

/** Far enough apart that no two columns' boxes overlap: ELK's interactive layering layers boxes by their x range. */
const COLUMN_PITCH = NODE_WIDTH * 2;

/**
 * A graph as the layout worker receives it: each node's column (its index in GRAPH_COLUMNS) and each edge's two
 * node indexes. Typed arrays are copied in one block and their ids need no ELK: posting the full graph took longer.
 */
export interface CompactGraph {
  columns: Uint8Array;
  ends: Uint32Array;
}

export function compactGraph(graph: WorldGraph): CompactGraph {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const columns = Uint8Array.from(graph.nodes, (n) => GRAPH_COLUMNS.indexOf(n.column));
  const ends = new Uint32Array(graph.edges.length * 2);
  graph.edges.forEach((e, j) => {
    ends[2 * j] = index.get(e.from)!;
    ends[2 * j + 1] = index.get(e.to)!;
  });
  return { columns, ends };
}

/**
 * ELK's input and nothing else (sizes, edges), node i named "i" and edge j "j"; each box at its column's x and in
 * the world's order (y), which the interactive layering reads.
 */
export function elkGraphOf({ columns, ends }: CompactGraph): ElkNode {
  return {
    id: 'world',
    layoutOptions: layoutOptions(columns.length),
    children: Array.from(columns, (column, i) => ({
      id: String(i),
      x: column * COLUMN_PITCH,
      y: i * NODE_HEIGHT,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    })),
    edges: Array.from({ length: ends.length / 2 }, (_, j) => ({
      id: String(j),
      sources: [String(ends[2 * j])],
      targets: [String(ends[2 * j + 1])],
    })),
  };
}

/** ELK's answer as the worker sends it back: x, y of node i at 2i; edge j's route is `counts[j]` points of `points`. */
export interface CompactLayout {
  width: number;
  height: number;
  nodes: Float64Array;
  counts: Uint32Array;
  points: Float64Array;
}

export function compactLayout(laid: ElkNode, nodeCount: number, edgeCount: number): CompactLayout {
  const nodes = new Float64Array(nodeCount * 2);
  for (const child of laid.children ?? []) {
    nodes[2 * Number(child.id)] = child.x ?? 0;
    nodes[2 * Number(child.id) + 1] = child.y ?? 0;
  }
  const routes: { x: number; y: number }[][] = Array.from({ length: edgeCount }, () => []);
  for (const edge of laid.edges ?? []) {
    const section = edge.sections?.[0];
    if (section) routes[Number(edge.id)] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
  }
  const counts = Uint32Array.from(routes, (r) => r.length);
  const points = Float64Array.from(routes.flat().flatMap((p) => [p.x, p.y]));
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, counts, points };
}
