import { GRANT_KINDS, type GrantKind } from '../../../../shared/contract/flow';
import { useFlows, useConnections } from '../../app/stores';
import { filterRuns } from '../../stores/flows-store';
import { lazy, Suspense } from 'react';
import { Spinner } from '../../components/Spinner';

// A run's view loads with the first run: an empty workspace's first screen does not carry it.
const RunView = lazy(() => import('./RunView').then((m) => ({ default: m.RunView })));
const RefreshPanel = lazy(() => import('./RefreshPanel').then((m) => ({ default: m.RefreshPanel })));

const GRANTS = GRANT_KINDS;

/**
 * The workspace's runs of every grant and connection, as the main side keeps them (a reload lists them again),
 * filterable by connection and grant; the one picked below, with refresh when it holds a refresh token.
 */
export function RunList() {
  const { runs, selected, select, callError, filter, setFilter } = useFlows();
  const connections = useConnections((s) => s.connections);
  const shown = filterRuns(runs, filter);
  const run = runs.find((r) => r.id === selected);
  // A connection renamed since the run shows its name now; one removed, the name it had.
  const nameOf = (id: string, then: string) => connections.find((c) => c.id === id)?.name ?? then;
  const usedConnections = [...new Map(runs.map((r) => [r.connectionId, r.connectionName])).entries()];
  const refreshFrom =
    run && (connections.find((c) => c.id === run.connectionId) ?? { id: run.connectionId, resources: [] });
  return (
    <div className="panel" data-testid="run-list">
      {callError && (
        <div className="error-card" role="alert" data-testid="flows-call-error">
          <p>{callError}</p>
        </div>
      )}
      {runs.length > 0 && (
        <div className="field-row" role="group" aria-label="Filter the runs">
          <label className="field">
            <span>Connection</span>
            <select
              data-testid="runs-filter-connection"
              value={filter.connectionId ?? ''}
              onChange={(e) => setFilter({ ...filter, connectionId: e.target.value || undefined })}
            >
              <option value="">every connection</option>
              {usedConnections.map(([id, name]) => (
                <option key={id} value={id}>
                  {nameOf(id, name)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Grant</span>
            <select
              data-testid="runs-filter-grant"
              value={filter.grant ?? ''}
              onChange={(e) => setFilter({ ...filter, grant: (e.target.value || undefined) as GrantKind | undefined })}
            >
              <option value="">every grant</option>
              {GRANTS.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {shown.length > 0 && (
        <nav className="segmented" aria-label="Runs">
          {shown.map((r) => (
            <button
              key={r.id}
              type="button"
              data-testid="run-item"
              aria-pressed={r.id === selected}
              onClick={() => select(r.id)}
            >
              {runs.indexOf(r) + 1}. {r.label} {r.result.ok ? '✓' : '✗'}{' '}
              <small>
                {r.grant} · {nameOf(r.connectionId, r.connectionName)}
              </small>
            </button>
          ))}
        </nav>
      )}
      <Suspense fallback={<Spinner label="Loading…" />}>
        {run && <RunView key={`view-${run.id}`} run={run} />}
        {run?.result.ok && run.result.hasRefreshToken && run.result.runId && refreshFrom && (
          <RefreshPanel key={`refresh-${run.result.runId}`} connection={refreshFrom} run={run} />
        )}
      </Suspense>
    </div>
  );
}
