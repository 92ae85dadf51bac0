import type { GraphEdge, GraphNode, WorldGraph } from '../../../../../shared/sandbox/world-graph';

const VERBS: Record<GraphEdge['kind'], [string, string]> = {
  'has-role': ['has role', 'held by'],
  member: ['member of', 'has member'],
  uses: ['uses organization role', 'used in organization'],
  grants: ['grants', 'granted by'],
  'belongs-to': ['belongs to', 'defines'],
};

/** What Enter (or a click) on a node shows: each of its edges, in words, both ways. */
export function NodeEdges({ graph, node, edges }: { graph: WorldGraph; node: GraphNode; edges: GraphEdge[] }) {
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <section
      className="graph-node-edges"
      aria-live="polite"
      aria-label={`Edges of ${node.label}`}
      data-testid="graph-node-edges"
    >
      <h3>
        {node.label}{' '}
        <small>
          {edges.length} edge{edges.length === 1 ? '' : 's'} · Escape clears
        </small>
      </h3>
      <ul>
        {edges.map((edge) => {
          const outgoing = edge.from === node.id;
          const [forward, backward] = VERBS[edge.kind];
          return (
            <li key={edge.id} data-testid="graph-node-edge">
              {outgoing ? forward : backward} <strong>{label(outgoing ? edge.to : edge.from)}</strong>
              {edge.label && edge.kind === 'member' && <small> (organization roles: {edge.label})</small>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
