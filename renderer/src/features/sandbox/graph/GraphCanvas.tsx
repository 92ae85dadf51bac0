import { memo, type KeyboardEvent } from 'react';
import type { GraphNode, WorldGraph } from '../../../../../shared/sandbox/world-graph';
import type { BrokenEdge } from '../../../../../shared/sandbox/token-path';
import { NODE_HEIGHT, NODE_WIDTH, svgPath, type GraphLayout } from './layout-world-graph';

/** What is highlighted: a picked node's reach, or a token's path; everything else is dimmed. */
export interface Highlight {
  nodes?: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
  /** How lit nodes and edges are named in their class: "lit" for a picked node, "on-path" for a token. */
  as: 'lit' | 'on-path';
}

interface Props {
  graph: WorldGraph;
  layout: GraphLayout;
  highlight?: Highlight;
  selected?: string;
  active?: string;
  matches?: ReadonlySet<string>;
  broken: readonly BrokenEdge[];
  onNodeKeyDown(event: KeyboardEvent, id: string): void;
  onNodeClick(id: string): void;
  onNodeFocus(id: string): void;
}

const KIND_NAMES: Record<GraphNode['kind'], string> = {
  user: 'user',
  app: 'application',
  organization: 'organization',
  role: 'role',
  'organization-role': 'organization role',
  permission: 'permission',
  'organization-permission': 'organization permission',
  resource: 'API resource',
};

/** The accessible name starts with the text shown (WCAG 2.5.3, label in name), then what the box is. */
function accessibleName(node: GraphNode, edges: number): string {
  const shown = node.detail ? `${node.label} ${node.detail}` : node.label;
  return `${shown}, ${KIND_NAMES[node.kind]}, ${edges} edge${edges === 1 ? '' : 's'}`;
}

function stateOf(id: string, highlight: Highlight | undefined, set: 'nodes' | 'edges'): string {
  const lit = highlight?.[set];
  if (!highlight || !lit) return '';
  return lit.has(id) ? highlight.as : 'dim';
}

/** The SVG of the laid-out world; memoised, so a pan or a focus move never re-renders a thousand nodes. */
export const GraphCanvas = memo(function GraphCanvas(props: Props) {
  const { graph, layout, highlight, selected, active, matches, broken } = props;
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const centreOf = (id: string, side: 'left' | 'right') => {
    const node = layout.nodes.get(id);
    return node ? { x: node.x + (side === 'right' ? NODE_WIDTH : 0), y: node.y + NODE_HEIGHT / 2 } : undefined;
  };
  return (
    <svg
      width={layout.width}
      height={layout.height}
      className="graph-svg"
      role="group"
      aria-label={`World graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges. Arrow keys move between nodes, Enter shows a node's edges, Escape clears.`}
    >
      <defs>
        {/* One clip for every box's text, in the box's own coordinates: long names are cut at its edge. */}
        <clipPath id="graph-node-text">
          <rect x="0" y="0" width={NODE_WIDTH - 8} height={NODE_HEIGHT} />
        </clipPath>
        <marker id="graph-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="graph-arrow" />
        </marker>
      </defs>
      <g className="graph-edges" aria-hidden="true">
        {graph.edges.map((edge) => {
          const placed = layout.edges.get(edge.id);
          if (!placed) return null;
          return (
            <path
              key={edge.id}
              d={placed.d}
              className={`graph-edge edge-${edge.kind} ${stateOf(edge.id, highlight, 'edges')}`}
              data-testid={`edge-${edge.id}`}
            />
          );
        })}
      </g>
      <g className="graph-broken" aria-hidden="true">
        {broken.map((edge) => {
          const from = centreOf(edge.from, 'right');
          const to = edge.to ? centreOf(edge.to, 'left') : undefined;
          if (!from || !to) return null;
          return (
            <path
              key={`${edge.from} ${edge.scope}`}
              d={svgPath([from, to])}
              className="graph-edge broken"
              data-testid={`broken-${edge.scope}`}
            >
              <title>{`${edge.scope} not granted: ${edge.reason.message}`}</title>
            </path>
          );
        })}
      </g>
      <g className="graph-nodes">
        {graph.nodes.map((node) => {
          const at = layout.nodes.get(node.id);
          if (!at) return null;
          const classes = [
            'graph-node',
            `kind-${node.kind}`,
            stateOf(node.id, highlight, 'nodes'),
            selected === node.id ? 'selected' : '',
            matches?.has(node.id) ? 'match' : '',
          ];
          const edges = degree.get(node.id) ?? 0;
          return (
            <g
              key={node.id}
              role="button"
              tabIndex={active === node.id ? 0 : -1}
              aria-pressed={selected === node.id}
              aria-label={accessibleName(node, edges)}
              className={classes.filter(Boolean).join(' ')}
              data-node-id={node.id}
              data-testid={`node-${node.id}`}
              transform={`translate(${at.x},${at.y})`}
              onKeyDown={(event) => props.onNodeKeyDown(event, node.id)}
              onClick={() => props.onNodeClick(node.id)}
              onFocus={() => props.onNodeFocus(node.id)}
            >
              <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx="6" />
              {/* One text, two lines: read as "label detail", the start of the accessible name. */}
              <text clipPath="url(#graph-node-text)">
                <tspan x="10" y="18" className="graph-node-label">
                  {node.label}
                </tspan>{' '}
                {node.detail && (
                  <tspan x="10" y="34" className="graph-node-detail">
                    {node.detail}
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
});
