import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { refreshTrap } from '../../../../shared/flows/refresh-trap';
import { useFlows } from '../../app/stores';
import { type FlowRunRecord } from '../../stores/flows-store';
import { useResourceChoice } from './use-resource-choice';
import { ResourcePicker } from '../../components/ResourcePicker';
import { TextField } from '../../components/form-fields';

/** RFC 6749 §6 with resource, scope and organization_id, from a run's refresh token; warns before the refresh trap. */
export function RefreshPanel({
  connection,
  run,
}: {
  connection: Pick<ConnectionSummary, 'id' | 'resources'>;
  run: FlowRunRecord;
}) {
  const { refresh, busy } = useFlows();
  const { indicators: resources, picker } = useResourceChoice(connection, '');
  const [scope, setScope] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const trap = refreshTrap(resources, run.grantedResources);
  const send = (acceptRefreshTrap: boolean) =>
    void refresh({
      fromRunId: run.result.runId!,
      resources,
      scope,
      organizationId: organizationId || undefined,
      acceptRefreshTrap,
    });

  return (
    <div className="request-form" aria-label="Refresh">
      <h2>
        Refresh <small>RFC 6749 §6 · the refresh token stays in Tokenscope's main process</small>
      </h2>
      <div className="field-row">
        <ResourcePicker
          label="Resource"
          testId="refresh-resource"
          {...picker}
          noneLabel="none (opaque token, or the organization token)"
        />
        <TextField
          label="Organization ID"
          hint="Logto organization token"
          testId="refresh-organization"
          value={organizationId}
          onValue={setOrganizationId}
        />
      </div>
      <TextField
        label="Scope"
        hint="a subset of what was granted; empty keeps them all"
        testId="refresh-scope"
        value={scope}
        onValue={setScope}
      />
      {trap && (
        <p className="verdict verdict-fail" role="alert" data-testid="refresh-trap">
          ⚠ {trap.message}
        </p>
      )}
      <div className="actions">
        <button type="button" data-testid="refresh" disabled={busy} onClick={() => send(false)}>
          Refresh
        </button>
        {trap?.certain && (
          <button type="button" data-testid="refresh-anyway" disabled={busy} onClick={() => send(true)}>
            Send anyway (spends the refresh token)
          </button>
        )}
      </div>
    </div>
  );
}
