import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import type { TenantReadResult } from '../../../../shared/contract/tenant-read';
import type { Tenant } from '../../../../shared/tenant/tenant';
import { Spinner } from '../../components/Spinner';
import { TimelineView } from '../flows/TimelineView';
import { useSelectedConnection, useTenant } from '../../app/stores';
import type { ConnectionTenant } from '../../stores/tenant-store';
import { TextInput } from '../../components/form-fields';

// The picture loads with elkjs, only once a read has something to draw.
const TenantGraphPanel = lazy(() => import('./TenantGraphPanel'));

/** The Management API access of a connection: its M2M app (secret to the vault) and the indicator, derived or set. */
function AccessForm({ connection, state }: { connection: ConnectionSummary; state: ConnectionTenant }) {
  const setAccess = useTenant((s) => s.setAccess);
  const access = state.access ?? undefined;
  const [clientId, setClientId] = useState(access?.clientId ?? '');
  const [secret, setSecret] = useState('');
  const [indicator, setIndicator] = useState(access?.managementApiFrom === 'override' ? access.managementApi : '');
  const [busy, setBusy] = useState(false);
  useEffect(() => setClientId(access?.clientId ?? ''), [access?.clientId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const saved = await setAccess(connection.id, {
      clientId: clientId.trim(),
      ...(secret ? { clientSecret: secret } : {}),
      managementApi: indicator.trim(),
    });
    setBusy(false);
    if (saved) setSecret('');
  };
  return (
    <form className="add-connection" onSubmit={submit} aria-label="Management API access" data-testid="tenant-access">
      <p className="hint">
        A machine-to-machine app of this tenant with the Management API access role (its permission <code>all</code>).
        Tokenscope only reads: every request is a GET.
      </p>
      <TextInput
        type="text"
        required
        aria-label="M2M app ID"
        placeholder="M2M app ID"
        testId="tenant-client-id"
        value={clientId}
        onValue={setClientId}
      />
      <TextInput
        type="password"
        aria-label="M2M app secret"
        placeholder={access?.hasSecret ? 'App secret (empty keeps it)' : 'App secret'}
        testId="tenant-client-secret"
        value={secret}
        onValue={setSecret}
      />
      <TextInput
        type="text"
        aria-label="Management API indicator"
        placeholder={`Management API indicator (empty: ${access && access.managementApiFrom !== 'override' ? access.managementApi : 'derived from the endpoint'})`}
        testId="tenant-indicator"
        value={indicator}
        onValue={setIndicator}
      />
      <div className="actions">
        <button type="submit" disabled={busy || !clientId.trim()} data-testid="tenant-save-access">
          Save access
        </button>
        {access && (
          <span className="hint" data-testid="tenant-access-summary">
            Reads with {access.clientId}
            {access.hasSecret ? '' : ' (secret missing: enter it again)'}; {access.why}
          </span>
        )}
      </div>
    </form>
  );
}

function Counts({ tenant }: { tenant: Tenant }) {
  const rows: [string, number][] = [
    ['API resources', tenant.resources.length],
    ['User roles', tenant.roles.filter((r) => r.type === 'User').length],
    ['Machine-to-machine roles', tenant.roles.filter((r) => r.type === 'MachineToMachine').length],
    ['Applications', tenant.applications.length],
    ['Users', tenant.users.length],
    ['Organizations', tenant.organizations.length],
    ['Organization roles', tenant.organizationRoles.length],
  ];
  return (
    <table className="scope-table" data-testid="tenant-counts">
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const STATUS_WORDS: Record<TenantReadResult['status'], [string, string]> = {
  complete: ['badge-pass', 'complete'],
  partial: ['badge-warn', 'partial: not everything was read'],
  failed: ['badge-fail', 'not read'],
};

function ReadResult({ read }: { read: TenantReadResult }) {
  const [badge, words] = STATUS_WORDS[read.status];
  const gaps = read.tenant?.completeness.complete === false ? read.tenant.completeness.gaps : [];
  return (
    <div data-testid="tenant-result" data-status={read.status}>
      <p>
        <span className={`badge ${badge}`} data-testid="tenant-status">
          {words}
        </span>{' '}
        <span className="hint">
          {read.requests} requests in {(read.durationMs / 1000).toFixed(1)} s
          {read.tenant ? `, read at ${new Date(read.tenant.readAt).toLocaleString()}` : ''}
          {read.cached ? ' (cached: Refresh to read again)' : ''}
        </span>
      </p>
      {read.problem && (
        <div className="error-card" role="alert" data-testid="tenant-problem">
          <p>{read.problem.message}</p>
          <p>
            <strong>Fix:</strong> {read.problem.fix}
          </p>
        </div>
      )}
      {gaps.length > 0 && (
        <ul className="problems" data-testid="tenant-gaps">
          {gaps.map((g, i) => (
            <li key={i}>
              <strong>
                {g.collection}
                {g.of ? ` of ${g.of}` : ''}
              </strong>
              {g.total !== undefined ? ` (${g.read ?? 0} of ${g.total} read)` : ''}: {g.reason} {g.fix}
            </li>
          ))}
        </ul>
      )}
      {read.tenant && <Counts tenant={read.tenant} />}
    </div>
  );
}

/**
 * A Logto tenant read through its Management API (GET only) for the selected connection: access, read with
 * progress, what was read and what was not, and every request of the read.
 */
export function TenantView() {
  const connection = useSelectedConnection();
  const { byConnection, load, read, loadTimeline } = useTenant();
  const state = (connection && byConnection[connection.id]) || { reading: false };
  useEffect(() => {
    if (connection && !connection.unavailable) void load(connection.id);
  }, [connection?.id, connection?.unavailable, load]);

  if (!connection) return <p className="hint">Pick a connection in the sidebar.</p>;
  const { progress } = state;
  return (
    <div className="panel">
      <section className="request-form" aria-label="Tenant" data-testid="tenant-view">
        <h2>
          Tenant <small>{connection.name}, read through its Management API; never written to</small>
        </h2>
        {state.access !== undefined && <AccessForm key={connection.id} connection={connection} state={state} />}
        <div className="actions">
          <button
            type="button"
            className="primary"
            data-testid="tenant-read"
            disabled={state.reading || !state.access}
            onClick={() => void read(connection.id, state.read !== undefined)}
          >
            {state.read ? 'Refresh' : 'Read tenant'}
          </button>
          {state.reading && (
            <span data-testid="tenant-progress">
              {progress ? (
                <>
                  <progress value={progress.done} max={progress.planned} /> {progress.done} of {progress.planned}{' '}
                  requests ({progress.step})
                </>
              ) : (
                <Spinner label="Reading…" />
              )}
            </span>
          )}
        </div>
        {state.error && (
          <div className="error-card" role="alert" data-testid="tenant-error">
            <p>{state.error}</p>
          </div>
        )}
        {state.read && <ReadResult read={state.read} />}
      </section>
      {state.read?.tenant && (
        <section className="request-form" aria-label="Picture of the tenant">
          <h2>
            Picture <small>users and apps → roles → permissions → APIs, and organizations</small>
          </h2>
          <Suspense fallback={<Spinner label="Loading the picture…" />}>
            <TenantGraphPanel tenant={state.read.tenant} issuer={connection.issuer} />
          </Suspense>
        </section>
      )}
      {state.read && state.read.requests > 0 && (
        <section className="request-form" aria-label="Requests of the read">
          <h2>
            Requests <small>every request of the last read, secrets masked</small>
          </h2>
          {state.read.tokenReused && (
            <p data-testid="tenant-token-reused">
              No token request: this read reused the Management API token obtained at{' '}
              {new Date(state.read.tokenReused.obtainedAt).toLocaleTimeString()} (valid until{' '}
              {new Date(state.read.tokenReused.expiresAt).toLocaleTimeString()}).
            </p>
          )}
          {state.timeline ? (
            <TimelineView entries={state.timeline} revealed={false} />
          ) : (
            <button type="button" data-testid="tenant-timeline" onClick={() => void loadTimeline(connection.id)}>
              Show the {state.read.requests} requests
            </button>
          )}
        </section>
      )}
    </div>
  );
}
