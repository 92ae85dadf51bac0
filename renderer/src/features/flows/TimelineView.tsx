import { useState } from 'react';
import { isDeviceConfirmation, type TimelineEntry } from '../../../../shared/flows/timeline';
import { toCurl } from '../../../../shared/flows/curl';

/** Who talks to whom in each step, for the sequence lanes. */
function lanes(entry: TimelineEntry): string {
  if (isDeviceConfirmation(entry)) return 'the user, on any device → Authorization server (not seen by Tokenscope)';
  if (entry.via === 'browser') return 'Browser → Authorization server → Browser → Tokenscope';
  return 'Tokenscope → Authorization server';
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + (parsed.search.length > 80 ? `${parsed.search.slice(0, 80)}…` : parsed.search);
  } catch {
    return url;
  }
}

function Headers({ headers }: { headers: Record<string, string> }) {
  const rows = Object.entries(headers);
  if (rows.length === 0) return <p className="hint">none</p>;
  return <pre>{rows.map(([k, v]) => `${k}: ${v}`).join('\n')}</pre>;
}

function body(text: string | undefined): string {
  if (!text) return '(empty)';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function Entry({ entry, revealed }: { entry: TimelineEntry; revealed: boolean }) {
  const [copied, setCopied] = useState(false);
  const status =
    entry.status ??
    (entry.error
      ? 'no response'
      : isDeviceConfirmation(entry)
        ? 'elsewhere'
        : entry.via === 'browser'
          ? 'redirect'
          : '…');
  const failed = entry.error || (entry.status !== undefined && entry.status >= 400);
  return (
    <li data-testid="timeline-entry" data-step={entry.step}>
      <details>
        <summary>
          <b>{entry.step}</b> <span className="hint">{lanes(entry)}</span>{' '}
          <code>
            {entry.method} {pathOf(entry.url)}
          </code>{' '}
          <span className={failed ? 'badge-fail' : 'badge-pass'}>{status}</span>{' '}
          <span className="hint">{entry.durationMs} ms</span>
        </summary>
        {entry.error && <p className="badge-fail">{entry.error}</p>}
        <div className="decoded-grid">
          <section className="json-block">
            <h3>Request</h3>
            <pre>
              {entry.method} {entry.url}
            </pre>
            <Headers headers={entry.requestHeaders} />
            {entry.requestBody && <pre>{entry.requestBody}</pre>}
          </section>
          <section className="json-block">
            <h3>Response {entry.status ?? ''}</h3>
            <Headers headers={entry.responseHeaders} />
            {entry.via !== 'browser' && <pre>{body(entry.responseBody)}</pre>}
          </section>
        </div>
        {entry.via !== 'browser' && (
          <p className="actions">
            <button
              type="button"
              data-testid="copy-curl"
              onClick={() => {
                void navigator.clipboard?.writeText(toCurl(entry, { reveal: revealed })).then(() => setCopied(true));
              }}
            >
              Copy as curl{revealed ? ' (with secrets)' : ''}
            </button>
            {copied && <span className="hint">copied</span>}
          </p>
        )}
      </details>
    </li>
  );
}

/** Every HTTP request and response of a run, in order, as the sequence of who talked to whom. */
export function TimelineView({ entries, revealed }: { entries: TimelineEntry[]; revealed: boolean }) {
  if (entries.length === 0) return <p className="hint">Nothing was sent.</p>;
  return (
    <section aria-label="HTTP timeline">
      <h3>
        HTTP timeline <small className="hint">{revealed ? 'secrets shown' : 'secrets masked'}</small>
      </h3>
      <ol className="timeline" data-testid="timeline">
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} revealed={revealed} />
        ))}
      </ol>
    </section>
  );
}
