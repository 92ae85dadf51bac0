import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { useFlows } from '../../stores/flows-store';
import { Spinner } from '../../components/Spinner';

/** RFC 8628 device authorization: for apps on devices without a browser; the user signs in elsewhere with a code. */
export function DevicePanel({ connection }: { connection: ConnectionSummary }) {
  const { startDevice, device, busy } = useFlows();
  const clients = connection.clients.filter((c) => c.kind !== 'm2m');
  const [clientId, setClientId] = useState(clients[0]?.clientId ?? '');
  const [scope, setScope] = useState('openid offline_access');
  return (
    <div className="request-form" aria-label="Device authorization">
      <h2>Device authorization <small>RFC 8628 · servers that list a device_authorization_endpoint</small></h2>
      <div className="field-row">
        <label className="field">
          <span>Application</span>
          <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
            {clients.map((c) => <option key={c.clientId} value={c.clientId}>{c.name} ({c.clientId})</option>)}
          </select>
        </label>
        <label className="field"><span>Scope</span><input value={scope} onChange={(e) => setScope(e.target.value)} /></label>
      </div>
      <div className="actions">
        <button type="button" data-testid="device-start" disabled={busy || Boolean(device) || !clientId} onClick={() => void startDevice({ connectionId: connection.id, clientId, resources: [], scope })}>
          Get a user code
        </button>
      </div>
      {device && (
        <div data-testid="device-pending">
          <p>Go to <a href={device.verificationUriComplete ?? device.verificationUri} target="_blank" rel="noreferrer noopener">{device.verificationUri}</a> and enter <code data-testid="device-user-code">{device.userCode}</code>.</p>
          <Spinner label={`Polling the token endpoint until ${new Date(device.expiresAt).toLocaleTimeString()}`} />
        </div>
      )}
    </div>
  );
}
