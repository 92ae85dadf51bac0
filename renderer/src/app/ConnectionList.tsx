import { useConnections } from '../stores/connections-store';

export function ConnectionList() {
  const { connections, selectedId, select } = useConnections();
  return (
    <nav aria-label="Connections">
      <h2>Connections</h2>
      <ul className="connection-list">
        {connections.map((c) => (
          <li key={c.id}>
            <button
              className={c.id === selectedId ? 'selected' : ''}
              aria-current={c.id === selectedId}
              data-testid={`connection-${c.id}`}
              onClick={() => select(c.id)}
            >
              <span>{c.name}</span>
              <small>{c.unavailable ? 'not running' : c.issuer}</small>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
