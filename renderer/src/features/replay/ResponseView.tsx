import type { HistoryEntry } from '../../../../shared/replay/types';
import { useDiscovery, useInspector, useReplay } from '../../app/stores';
import { useNavigation } from '../../stores/navigation-store';
import { ChallengeExplanations } from './ChallengeExplanations';
import { ExportPanel } from './ExportPanel';
import { formatBytes, formatMs, prettyBody, statusClass } from './format';

/** The answer: status, time, size, the challenge explained, headers, the body formatted when it is JSON. */
export function ResponseView({ entry }: { entry: HistoryEntry }) {
  const heldToken = useReplay((s) => (entry.token ? s.heldTokens[entry.token.ref] : undefined));
  const response = entry.response;

  const inspect = () => {
    if (!heldToken) return;
    // The API's resource indicator is the token's expected audience (RFC 8707, RFC 9068 §4).
    void useInspector.getState().inspectFromFlow(heldToken, entry.token?.issuer ?? '', entry.token?.audience);
    useNavigation.getState().show('inspect');
  };

  // RFC 9728 §5.1: the challenge names the API's metadata; the chain starts from the URL that answered.
  const follow = () => {
    const discovery = useDiscovery.getState();
    discovery.setUrl(entry.request.url);
    useNavigation.getState().show('discover');
    void discovery.discover();
  };

  return (
    <section
      className="result"
      aria-label="Response"
      data-testid="replay-response"
      data-status={response?.status ?? 'error'}
    >
      <div className="replay-status-line">
        <strong>{entry.request.method}</strong> <code className="replay-url-shown">{entry.request.url}</code>
        {entry.token ? (
          <span className="hint" data-testid="replay-sent-as" data-scheme={response?.sentAs ?? ''}>
            token {entry.token.masked}
            {response?.sentAs ? ` as ${response.sentAs}` : ''}
            {response?.dpop
              ? `, with a DPoP proof of the run's key (jkt ${response.dpop.jkt})${response.dpop.retriedWithNonce ? ", sent again with the API's DPoP-Nonce" : ''}`
              : ''}
          </span>
        ) : (
          <span className="hint">no token</span>
        )}
      </div>
      {entry.error && (
        <div className="error-card" role="alert" data-testid="replay-error">
          <strong>{entry.cutOff ? 'No answer within the time limit.' : 'No answer.'}</strong>
          <p>{entry.error}</p>
        </div>
      )}
      {response && (
        <>
          <p className="replay-metrics">
            <span className={`replay-status ${statusClass(response.status)}`} data-testid="replay-status">
              {response.status} {response.statusText}
            </span>
            <span data-testid="replay-time">{formatMs(response.durationMs)}</span>
            <span data-testid="replay-size">
              {formatBytes(response.sizeBytes)}
              {response.cutOff ? ' (cut off)' : response.bodyTruncated ? ' (body cut for display)' : ''}
            </span>
          </p>
          {response.cutOff && (
            <div className="error-card" role="status" data-testid="replay-cut-off" data-limit={response.cutOff.limit}>
              <strong>Cut off at the {response.cutOff.limit === 'max-time' ? 'time' : 'size'} limit.</strong>
              <p>{response.cutOff.explanation}</p>
            </div>
          )}
          <ChallengeExplanations response={response} onFollow={follow} />
          {entry.token && (
            <p className="actions">
              <button type="button" data-testid="replay-inspect" disabled={!heldToken} onClick={inspect}>
                Inspect this token →
              </button>
              {!heldToken && (
                <span className="hint">
                  The token was sent by reference from an earlier session; paste it to inspect it.
                </span>
              )}
            </p>
          )}
          <details className="json-block">
            <summary>Headers ({response.headers.length})</summary>
            <pre data-testid="replay-headers-shown">
              {response.headers.map((h) => `${h.name}: ${h.value}`).join('\n')}
            </pre>
          </details>
          <section className="json-block" aria-label="Body">
            <h3>Body</h3>
            <pre data-testid="replay-body-shown">{prettyBody(response.body).text || '(empty)'}</pre>
          </section>
        </>
      )}
      <ExportPanel entry={entry} token={heldToken} />
    </section>
  );
}
