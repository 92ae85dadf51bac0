import { useState } from 'react';
import { useConnections, useCompare, useInspector } from '../../app/stores';
import { Spinner } from '../../components/Spinner';
import { useNavigation } from '../../stores/navigation-store';
import type { TokenAnalysis } from '../../../../shared/inspect/analyze-token';

/** One click: the same API through a PAT exchange (acts as the user) and client credentials (acts as the app). */
export function SandboxComparePanel() {
  const sandbox = useConnections((s) => s.connections.find((c) => c.kind === 'sandbox'));
  const { compareSandbox, running, sandbox: result } = useCompare();
  const [resource, setResource] = useState('');
  const showAnalysis = useInspector((s) => s.showAnalysis);
  const show = useNavigation((s) => s.show);
  /** Each side came with its analysis (against the sandbox issuer and the API): shown, the token not sent back. */
  const inspectSide = (side: { raw: string; analysis: TokenAnalysis }) => {
    show('inspect');
    if (result)
      showAnalysis({ token: side.raw, issuer: result.issuer, resource: result.resource, analysis: side.analysis });
  };
  if (!sandbox) return null;
  return (
    <section className="request-form" aria-label="Sandbox comparison">
      <h3>
        Sandbox: PAT exchange vs M2M{' '}
        <small className="hint">RFC 8693 token exchange vs RFC 6749 §4.4 client credentials, same API</small>
      </h3>
      {sandbox.unavailable ? (
        <p className="hint" role="status">
          {sandbox.unavailable}
        </p>
      ) : (
        <div className="actions">
          <label className="field">
            <span>API resource</span>
            <select data-testid="compare-resource" value={resource} onChange={(e) => setResource(e.target.value)}>
              <option value="">The sandbox's default API</option>
              {sandbox.resources.map((r) => (
                <option key={r.indicator} value={r.indicator}>
                  {r.name} ({r.indicator})
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            data-testid="compare-sandbox"
            disabled={running}
            onClick={() => void compareSandbox(resource || undefined)}
          >
            Issue both and compare
          </button>
          {running && <Spinner label="Exchanging a PAT and running client credentials…" />}
        </div>
      )}
      {result && (
        <p className="hint" data-testid="compare-sandbox-source">
          A: user <b>{result.pat.user}</b>'s PAT exchanged by <code>{result.pat.clientId}</code>; B:{' '}
          <code>{result.m2m.clientId}</code> with its own credentials; both for <code>{result.resource}</code>. Checks:
          A {result.pat.analysis.valid ? 'passes' : 'fails'}, B {result.m2m.analysis.valid ? 'passes' : 'fails'}.{' '}
          <button type="button" data-testid="compare-inspect-a" onClick={() => inspectSide(result.pat)}>
            Inspect A →
          </button>{' '}
          <button type="button" data-testid="compare-inspect-b" onClick={() => inspectSide(result.m2m)}>
            Inspect B →
          </button>
        </p>
      )}
    </section>
  );
}
