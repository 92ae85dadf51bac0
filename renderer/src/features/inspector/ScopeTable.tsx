import type { ScopeDiff, ScopeRow } from '../../../../shared/inspect/scope-diff';
import { TableHead } from '../../components/TableHead';

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

/** Where an exact reason was read: the sandbox's world or a tenant read through its Management API. */
function Certainty({ certainty, source }: { certainty: 'exact' | 'likely'; source?: string }) {
  return (
    <span className={`badge certainty-${certainty}`} title={source ? `read from ${source}` : undefined}>
      {certainty === 'exact' ? `exact${source ? ` · ${source}` : ''}` : 'likely'}
    </span>
  );
}

function Rows({ rows, source }: { rows: ScopeRow[]; source?: string }) {
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
                {row.reason.message} <Certainty certainty={row.reason.certainty} source={source} />
              </>
            )}
            {row.grantedBy && (
              <span className="hint" data-testid={`scopes-granted-by-${row.scope}`}>
                ✓ {row.grantedBy.message}.
              </span>
            )}
          </td>
        </tr>
      ))}
    </>
  );
}

const HEAD = (
  <TableHead
    columns={[
      'scope',
      'requested',
      'granted',
      'in token',
      'why: the reason it is missing, or the role that granted it',
    ]}
  />
);

/** Requested vs granted vs in-token, per resource (RFC 8707: a token's scopes are read for its audience). */
export function ScopeTable({ diff }: { diff: ScopeDiff }) {
  return (
    <section className="scope-table" data-testid="scopes-table" aria-label="Requested, granted and in-token scopes">
      <h3>Scopes: requested, granted, in the token</h3>
      <p className="hint" data-testid="scopes-summary">
        {diff.summary}
      </p>
      {diff.idToken && (
        <p className="verdict" role="note" data-testid="scopes-id-token">
          This is an ID token: its audience is the client{diff.idToken.client ? ` (${diff.idToken.client})` : ''}, it
          says who signed in and carries no API scope.
        </p>
      )}
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
              <Rows rows={entry.rows} source={diff.source} />
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
            <Rows rows={diff.identity} source={diff.source} />
          </tbody>
        </table>
      )}
    </section>
  );
}
