import { useMemo, useState } from 'react';
import type { World } from '../../../../shared/sandbox/world';
import { connectedTo, worldGraph, type GraphColumn } from '../../../../shared/sandbox/world-graph';

const COLUMNS: { id: GraphColumn; title: string }[] = [
  { id: 'subject', title: 'Users and apps' },
  { id: 'role', title: 'Roles' },
  { id: 'permission', title: 'Permissions (scopes)' },
  { id: 'resource', title: 'API resources' },
];

/** Who → roles → permissions → APIs. Pick anything to light up what it reaches and what reaches it. */
export function WorldPicture({ world }: { world: World }) {
  const graph = useMemo(() => worldGraph(world), [world]);
  const [selected, setSelected] = useState<string>();
  const lit = useMemo(() => (selected ? connectedTo(graph, selected) : undefined), [graph, selected]);

  return (
    <section className="world-picture" aria-label="The world as a picture" data-testid="world-picture">
      <p className="hint">
        Pick a user, app, role, permission or API to see how access flows: a token carries a scope only along these
        links.
      </p>
      <div className="world-columns">
        {COLUMNS.map((column) => (
          <div key={column.id} className="world-column">
            <h3>{column.title}</h3>
            {graph.nodes
              .filter((n) => n.column === column.id)
              .map((node) => (
                <button
                  key={node.id}
                  type="button"
                  className={`world-node ${lit ? (lit.has(node.id) ? 'lit' : 'dim') : ''} ${selected === node.id ? 'selected' : ''}`}
                  aria-pressed={selected === node.id}
                  data-testid={`node-${node.id}`}
                  onClick={() => setSelected(selected === node.id ? undefined : node.id)}
                >
                  <span>{node.label}</span>
                  {node.detail && <small>{node.detail}</small>}
                </button>
              ))}
          </div>
        ))}
      </div>
    </section>
  );
}
