import { useState } from 'react';
import { AppSelect, useAppChoice } from './AppSelect';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { useFlows } from '../../app/stores';
import { useResourceChoice } from './use-resource-choice';
import { ResourcePicker } from '../../components/ResourcePicker';
import { Spinner } from '../../components/Spinner';
import { TextField } from '../../components/form-fields';

/** RFC 8628 device authorization: for apps on devices without a browser; the user signs in elsewhere with a code. */
export function DevicePanel({ connection }: { connection: ConnectionSummary }) {
  const { startDevice, stopDevice, device, busy } = useFlows();
  // Logto gives the device flow to Native apps; M2M apps have no user to sign in.
  const clients = connection.clients.filter((c) => c.kind !== 'm2m');
  const [clientId, setClientId] = useAppChoice(clients, 'native');
  const { resource, offered, indicators, picker } = useResourceChoice(
    connection,
    connection.resources[0]?.indicator ?? '',
  );
  const [scope, setScope] = useState('openid offline_access');
  const permissions = offered.find((r) => r.indicator === resource)?.scopes ?? [];
  const start = () => void startDevice({ connectionId: connection.id, clientId, resources: indicators, scope });
  return (
    <form
      className="request-form"
      aria-label="Device authorization"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <h2>
        Device authorization{' '}
        <small>RFC 8628 · for a device without a browser: the user signs in elsewhere with a code</small>
      </h2>
      <div className="field-row">
        <AppSelect testId="device-client" clients={clients} value={clientId} onValue={setClientId} />
        <ResourcePicker
          {...picker}
          label="API resource"
          testId="device-resource"
          noneLabel="None (the server's default API, if any)"
        />
      </div>
      <TextField
        label="Scope"
        hint={permissions.length > 0 && `this API's permissions: ${permissions.map((p) => p.name).join(' ')}`}
        testId="device-scope"
        value={scope}
        onValue={setScope}
      />
      <div className="actions">
        <button type="submit" data-testid="device-start" disabled={busy || Boolean(device) || !clientId}>
          Get a user code
        </button>
        {clients.length === 0 && (
          <span className="hint">This connection has no app a user can sign in to (add a Native or SPA client).</span>
        )}
      </div>
      {device && (
        <div data-testid="device-pending" aria-live="polite">
          <p>
            On any device, open{' '}
            <a href={device.verificationUri} target="_blank" rel="noreferrer noopener">
              {device.verificationUri}
            </a>{' '}
            and enter <code data-testid="device-user-code">{device.userCode}</code>
            {device.verificationUriComplete && (
              <>
                {' '}
                (or open{' '}
                <a
                  data-testid="device-open-complete"
                  href={device.verificationUriComplete}
                  target="_blank"
                  rel="noreferrer noopener"
                >
                  the page with the code filled in
                </a>
                )
              </>
            )}
            .
          </p>
          <Spinner
            label={`Polling the token endpoint until the code expires at ${new Date(device.expiresAt).toLocaleTimeString()}`}
          />
          <button type="button" data-testid="device-stop" onClick={stopDevice}>
            Stop waiting
          </button>
        </div>
      )}
    </form>
  );
}
