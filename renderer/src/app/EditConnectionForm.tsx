import { useState, type FormEvent } from 'react';
import type { ClientAuthMethod, ClientSummary, ConnectionSummary } from '../../../shared/contract/connection';
import { useConnections, useWorkspaces } from './stores';
import { ClientTypeFields } from './ClientTypeFields';

/**
 * Renames a saved connection or changes its app: client id, type, authentication, secret. A secret left empty is
 * kept (a wrong one is fixed by typing the right one); it goes to the vault only.
 */
export function EditConnectionForm({ connection, onDone }: { connection: ConnectionSummary; onDone(): void }) {
  const save = useConnections((s) => s.edit);
  const workspaceId = useWorkspaces((s) => s.currentId);
  const client = connection.clients[0];
  const [name, setName] = useState(connection.name);
  const [clientId, setClientId] = useState(client?.clientId ?? '');
  const [kind, setKind] = useState<ClientSummary['kind']>(client?.kind ?? 'm2m');
  const [authMethod, setAuthMethod] = useState<ClientAuthMethod>(client?.authMethod ?? 'client_secret_basic');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const newClientId = clientId.trim() || client?.clientId;
    try {
      await save({
        workspaceId,
        connectionId: connection.id,
        ...(name.trim() !== connection.name ? { name } : {}),
        ...(client
          ? { client: { clientId: client.clientId, newClientId, kind, authMethod, ...(secret ? { secret } : {}) } }
          : {}),
      });
      setSecret('');
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const secretLabel =
    authMethod === 'private_key_jwt'
      ? 'Private key (empty keeps it; "generate" for a new one)'
      : 'Client secret (empty keeps it)';
  return (
    <form
      className="add-connection"
      onSubmit={submit}
      aria-label={`Edit ${connection.name}`}
      data-testid="edit-connection"
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <input
        type="text"
        data-testid="edit-connection-name"
        aria-label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Empty: named after the issuer and the app"
      />
      {client && (
        <>
          <input
            type="text"
            required
            data-testid="edit-connection-client-id"
            aria-label="Client (App) ID"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
          />
          <ClientTypeFields
            kind={kind}
            authMethod={authMethod}
            onKind={setKind}
            onAuthMethod={setAuthMethod}
            authMethodTestId="edit-connection-auth-method"
          />
          {authMethod !== 'none' && (
            <input
              type="password"
              data-testid="edit-connection-secret"
              aria-label={secretLabel}
              autoComplete="off"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
              placeholder={secretLabel}
            />
          )}
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary" data-testid="edit-connection-save" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="error-card" role="alert" data-testid="edit-connection-error">
          {error}
        </p>
      )}
    </form>
  );
}
