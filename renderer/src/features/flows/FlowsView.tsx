import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { useFlows } from '../../stores/flows-store';
import { RefreshPanel } from './RefreshPanel';
import { RunView } from './RunView';
import { SignInPanel } from './SignInPanel';
import { TokenExchangePanel } from './TokenExchangePanel';
import { DevicePanel } from './DevicePanel';

/** Sign-in, refresh and token exchange, each run with its explained outcome and HTTP timeline. */
export function FlowsView({ connection, show = ['sign-in', 'exchange', 'device'] }: { connection: ConnectionSummary; show?: ('sign-in' | 'exchange' | 'device')[] }) {
  const { runs, selected, select, callError } = useFlows();
  const run = selected === undefined ? undefined : runs[selected];
  return (
    <div className="panel" data-testid="flows-view">
      {show.includes('sign-in') && <SignInPanel connection={connection} />}
      {show.includes('exchange') && <TokenExchangePanel connection={connection} />}
      {show.includes('device') && <DevicePanel connection={connection} />}
      {callError && (
        <div className="error-card" role="alert" data-testid="flows-call-error">
          <p>{callError}</p>
        </div>
      )}
      {runs.length > 1 && (
        <nav className="segmented" aria-label="Runs">
          {runs.map((r, i) => (
            <button key={r.result.runId ?? i} type="button" aria-pressed={i === selected} onClick={() => select(i)}>
              {i + 1}. {r.label} {r.result.ok ? '✓' : '✗'}
            </button>
          ))}
        </nav>
      )}
      {run && <RunView run={run} />}
      {run?.result.ok && run.result.hasRefreshToken && run.result.runId && <RefreshPanel key={run.result.runId} connection={connection} run={run} />}
    </div>
  );
}
