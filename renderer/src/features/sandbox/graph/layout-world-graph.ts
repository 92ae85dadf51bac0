// Loaded only with the Sandbox view's graph (a dynamic import): elkjs is ~1.5 MB and the first screen needs none of it.
import ELK from 'elkjs/lib/elk-api.js';
// The layout runs in elkjs' own worker script, bundled as a file of ours (the CSP allows workers from 'self'), so a
// large world never freezes the page while it is laid out.
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { WorldGraph } from '../../../../../shared/sandbox/world-graph';
import { elkGraphOf } from './layout-options';

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

let elk: InstanceType<typeof ELK> | undefined;

/**
 * Stops a layout nobody waits for any more (the world changed again while it ran): its worker is ended, so the next
 * layout does not queue behind it. Its promise never settles; its caller has stopped listening.
 */
export function cancelLayout(): void {
  elk?.terminateWorker();
  elk = undefined;
}

export async function layoutWorldGraph(graph: WorldGraph): Promise<GraphLayout> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  const laid = await elk.layout(elkGraphOf(graph));
  const nodes = new Map<string, PlacedNode>();
  for (const child of laid.children ?? []) nodes.set(child.id, { id: child.id, x: child.x ?? 0, y: child.y ?? 0 });
  const edges = new Map<string, PlacedEdge>();
  for (const edge of laid.edges ?? []) {
    const section = edge.sections?.[0];
    if (!section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    edges.set(edge.id, { id: edge.id, points, d: svgPath(points) });
  }
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges };
}
