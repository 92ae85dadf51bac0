import type { ScopeDiff, ScopeRow } from '../../../../shared/inspect/scope-diff';

const mark = (value: boolean | undefined) =>
  value === undefined ? (
    <span className="hint" title="The token response was not given">
      ?
    </span>
  ) : value ? (
    '✓'
  ) : (
    '—'
  );

function Rows({ rows }: { rows: ScopeRow[] }) {
  return (
    <>
      {rows.map((row) => (
        <tr
          key={row.scope}
          data-testid={`scopes-row-${row.scope}`}
          data-in-token={row.inToken}
          className={row.reason ? 'scope-missing' : undefined}
        >
          <td>
            <code>{row.scope}</code>
          </td>
          <td>{mark(row.requested)}</td>
          <td>{mark(row.granted)}</td>
          <td>{mark(row.inToken)}</td>
          <td data-testid={row.reason ? `scopes-reason-${row.scope}` : undefined} data-reason={row.reason?.code}>
            {row.reason && (
              <>
                {row.reason.message}{' '}
                <span className={`badge certainty-${row.reason.certainty}`}>
                  {row.reason.certainty === 'exact' ? 'exact (sandbox)' : 'likely'}
                </span>
              </>
            )}
          </td>
        </tr>
      ))}
    </>
  );
}

const HEAD = (
  <thead>
    <tr>
      <th>scope</th>
      <th>requested</th>
      <th>granted</th>
      <th>in token</th>
      <th>why it is missing</th>
    </tr>
  </thead>
);

/** Requested vs granted vs in-token, per resource (RFC 8707: a token's scopes are read for its audience). */
export function ScopeTable({ diff }: { diff: ScopeDiff }) {
  return (
    <section className="scope-table" data-testid="scopes-table" aria-label="Requested, granted and in-token scopes">
      <h3>Scopes: requested, granted, in the token</h3>
      <p className="hint" data-testid="scopes-summary">
        {diff.summary}
      </p>
      {diff.resources
        .filter((entry) => entry.rows.length > 0)
        .map((entry) => (
          <table key={entry.resource} className="checks" data-testid={`scopes-resource-${entry.resource}`}>
            <caption>
              <code>{entry.resource}</code>
              {entry.isTokenAudience
                ? ' · this token is for it'
                : entry.requested
                  ? ' · requested, but the token is not for it'
                  : ''}
            </caption>
            {HEAD}
            <tbody>
              <Rows rows={entry.rows} />
            </tbody>
          </table>
        ))}
      {diff.identity.length > 0 && (
        <table className="checks" data-testid="scopes-identity">
          <caption>
            Identity scopes <small className="hint">shape the ID token and userinfo, not an API token</small>
          </caption>
          {HEAD}
          <tbody>
            <Rows rows={diff.identity} />
          </tbody>
        </table>
      )}
    </section>
  );
}
