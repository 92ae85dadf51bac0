import { diffResponses } from '../../../../shared/replay/response-diff';
import type { HistoryEntry } from '../../../../shared/replay/types';
import { prettyBody, statusClass } from './format';

const short = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/** Two answers to the same call side by side, and what differs between them. */
export function ResponseDiffView({
  before,
  after,
  onClose,
}: {
  before: HistoryEntry;
  after: HistoryEntry;
  onClose(): void;
}) {
  if (!before.response || !after.response) {
    return (
      <p className="error-card" data-testid="replay-diff">
        One of the two calls got no answer: {before.error ?? after.error}
      </p>
    );
  }
  const diff = diffResponses(before.response, after.response);
  const label = (e: HistoryEntry) => (e.token ? `token ${e.token.masked}` : 'no token');
  return (
    <section className="result" aria-label="Comparison" data-testid="replay-diff" data-same={diff.same}>
      <h2>
        Compared <small>{diff.same ? 'the same answer' : 'the answers differ'}</small>{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </h2>
      <table className="compare-grid">
        <thead>
          <tr>
            <th />
            <th>{label(before)}</th>
            <th>{label(after)}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="replay-diff-status">
            <th>status</th>
            <td className={statusClass(diff.status.before)}>{diff.status.before}</td>
            <td className={statusClass(diff.status.after)}>{diff.status.after}</td>
          </tr>
          {diff.headers.map((h) => (
            <tr
              key={h.name}
              className={h.volatile ? 'diff-same' : ''}
              title={h.volatile ? 'Changes on every call' : undefined}
            >
              <th>{h.name}</th>
              <td>{h.before ?? '—'}</td>
              <td>{h.after ?? '—'}</td>
            </tr>
          ))}
          {diff.bodyChanges?.map((c) => (
            <tr key={c.path} data-testid="replay-diff-body-change">
              <th>
                <code>{c.path}</code> <small className="hint">{c.kind}</small>
              </th>
              <td>{short(c.before)}</td>
              <td>{short(c.after)}</td>
            </tr>
          ))}
          {diff.bodyKind === 'text' && !diff.bodyTextSame && (
            <tr>
              <th>body</th>
              <td colSpan={2}>differs (not JSON: compare below)</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="decoded-grid replay-side-by-side">
        <pre>{prettyBody(before.response.body).text}</pre>
        <pre>{prettyBody(after.response.body).text}</pre>
      </div>
    </section>
  );
}
