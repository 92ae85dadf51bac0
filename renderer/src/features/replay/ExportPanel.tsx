import { useState } from 'react';
import { toCurl, toFetch } from '../../../../shared/replay/export-code';
import type { HistoryEntry } from '../../../../shared/replay/types';

/** The call as curl or fetch code; the token masked unless the user reveals it. */
export function ExportPanel({ entry, token }: { entry: HistoryEntry; token?: string }) {
  const [format, setFormat] = useState<'curl' | 'fetch'>('curl');
  const [reveal, setReveal] = useState(false);
  const [copied, setCopied] = useState(false);
  const options = { ...(token ? { token } : {}), ...(entry.token ? { maskedToken: entry.token.masked } : {}), reveal };
  const code = format === 'curl' ? toCurl(entry.request, options) : toFetch(entry.request, options);
  return (
    <section className="json-block" aria-label="Export the call">
      <h3>
        Export as{' '}
        <select
          aria-label="Export format"
          data-testid="replay-export-format"
          value={format}
          onChange={(e) => setFormat(e.target.value as 'curl' | 'fetch')}
        >
          <option value="curl">curl</option>
          <option value="fetch">fetch</option>
        </select>{' '}
        <label className="check inline">
          <input
            type="checkbox"
            data-testid="replay-export-reveal"
            checked={reveal}
            disabled={!token}
            onChange={(e) => setReveal(e.target.checked)}
          />
          show the token{!token && entry.token ? ' (paste it in this session to reveal it)' : ''}
        </label>{' '}
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(code).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </h3>
      <pre data-testid="replay-export">{code}</pre>
    </section>
  );
}
