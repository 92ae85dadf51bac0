import type { TokenPath } from '../../../../../shared/sandbox/token-path';

/** The traced token in words: whose path lights, and each scope asked for and not granted, with the reason. */
export function TokenPathSummary({ path }: { path: TokenPath }) {
  return (
    <div className="graph-path" data-testid="graph-path">
      <p className="hint" data-testid="graph-path-summary">
        {path.summary}
      </p>
      {path.broken.length > 0 && (
        <ul className="graph-broken-list" aria-label="Requested and not granted">
          {path.broken.map((edge) => (
            <li key={`${edge.resource} ${edge.scope}`} data-testid={`graph-broken-${edge.scope}`}>
              <span className="badge badge-fail">broken</span> <code>{edge.scope}</code> ({edge.resource}):{' '}
              <span data-testid={`graph-broken-reason-${edge.scope}`}>{edge.reason.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
