// The world graph's layout worker: elkjs runs here, in this thread (its in-thread "worker"), so the page only posts
// a compact graph and gets typed arrays back (layout-options.ts), never ELK's JSON both ways. One such worker lives
// as long as the page (layout-world-graph.ts), so ELK's 1.5 MB of code is parsed once and stays optimised.
// elkjs' bundle: without a worker URL it lays out in the thread it is in. Loading it in a worker also sets the
// thread's onmessage to ELK's own dispatcher; ours replaces it below.
import ELK from 'elkjs/lib/elk.bundled.js';
import { compactLayout, elkGraphOf, type CompactGraph } from './layout-options';

export interface LayoutRequest {
  id: number;
  graph: CompactGraph;
}

const elk = new ELK();

self.onmessage = async ({ data }: MessageEvent<LayoutRequest>) => {
  const { id, graph } = data;
  try {
    const laid = await elk.layout(elkGraphOf(graph));
    const layout = compactLayout(laid, graph.columns.length, graph.ends.length / 2);
    self.postMessage({ id, layout }, { transfer: [layout.nodes.buffer, layout.counts.buffer, layout.points.buffer] });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
