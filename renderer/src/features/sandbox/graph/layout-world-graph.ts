// Loaded only with the Sandbox view's graph (a dynamic import): elkjs is ~1.5 MB and the first screen needs none of it.
// The layout runs in a worker of ours that holds elkjs (bundled as a file of ours: the CSP allows workers from
// 'self'), so a large world never freezes the page while it is laid out.
import LayoutWorker from './elk-layout.worker?worker';
import type { WorldGraph } from '../../../../../shared/sandbox/world-graph';
import { compactGraph, type CompactLayout } from './layout-options';
import type { LayoutRequest } from './elk-layout.worker';

export { NODE_HEIGHT, NODE_WIDTH } from './layout-options';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

export interface PlacedEdge {
  id: string;
  /** The route ELK drew, start to end (bends included). */
  points: { x: number; y: number }[];
  /** The same route as an SVG path, computed once per layout rather than at each render. */
  d: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  edges: Map<string, PlacedEdge>;
}

export function svgPath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

type Answer = { id: number; layout: CompactLayout; error?: undefined } | { id: number; error: string };

let worker: Worker | undefined;
let waiting = new Map<number, { resolve(layout: CompactLayout): void; reject(error: Error): void }>();
let nextId = 0;

/**
 * The page's one layout worker, created with the graph's first layout and kept: every later layout (a re-opened
 * view, each edit of the world) finds ELK's code parsed and optimised.
 */
function layoutWorker(): Worker {
  if (worker) return worker;
  const created = new LayoutWorker();
  const mine = waiting;
  created.onmessage = ({ data }: MessageEvent<Answer>) => {
    const pending = mine.get(data.id);
    mine.delete(data.id);
    if (data.error === undefined) pending?.resolve(data.layout);
    else pending?.reject(new Error(data.error));
  };
  created.onerror = (event) => {
    for (const pending of mine.values()) pending.reject(new Error(event.message || 'the layout worker failed'));
    mine.clear();
  };
  worker = created;
  return created;
}

/**
 * Stops a layout nobody waits for any more (the world changed again while it ran): its worker is ended, so the next
 * layout does not queue behind it. Its promise never settles; its caller has stopped listening.
 */
export function cancelLayout(): void {
  worker?.terminate();
  worker = undefined;
  waiting = new Map();
}

export async function layoutWorldGraph(graph: WorldGraph): Promise<GraphLayout> {
  const compact = compactGraph(graph);
  const target = layoutWorker();
  const id = (nextId += 1);
  const laid = await new Promise<CompactLayout>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: LayoutRequest = { id, graph: compact };
    target.postMessage(request, [compact.columns.buffer, compact.ends.buffer]);
  });
  const nodes = new Map<string, PlacedNode>();
  graph.nodes.forEach(({ id: nodeId }, i) => {
    nodes.set(nodeId, { id: nodeId, x: laid.nodes[2 * i]!, y: laid.nodes[2 * i + 1]! });
  });
  const edges = new Map<string, PlacedEdge>();
  let at = 0;
  graph.edges.forEach(({ id: edgeId }, j) => {
    const count = laid.counts[j]!;
    const points = Array.from({ length: count }, (_, k) => ({
      x: laid.points[2 * (at + k)]!,
      y: laid.points[2 * (at + k) + 1]!,
    }));
    at += count;
    if (count) edges.set(edgeId, { id: edgeId, points, d: svgPath(points) });
  });
  return { width: laid.width, height: laid.height, nodes, edges };
}
