import { useState } from 'react';
import type { ClientAuthMethod, ClientSummary, ConnectionSummary } from '../../../shared/contract/connection';
import { useConnections, useWorkspaces } from './stores';
import { ClientTypeFields } from './ClientTypeFields';
import { ConnectionForm } from './ConnectionForm';
import { useBusyAction } from '../components/use-busy-action';
import { TextInput } from '../components/form-fields';

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
  const { busy, error, run } = useBusyAction();

  const submit = () => {
    const newClientId = clientId.trim() || client?.clientId;
    void run(async () => {
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
    });
  };

  const secretLabel =
    authMethod === 'private_key_jwt'
      ? 'Private key (empty keeps it; "generate" for a new one)'
      : 'Client secret (empty keeps it)';
  return (
    <ConnectionForm
      label={`Edit ${connection.name}`}
      testId="edit-connection"
      submitLabel="Save"
      submitTestId="edit-connection-save"
      errorTestId="edit-connection-error"
      busy={busy}
      error={error}
      onSubmit={submit}
      onDone={onDone}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <TextInput
        type="text"
        testId="edit-connection-name"
        aria-label="Name"
        value={name}
        onValue={setName}
        placeholder="Empty: named after the issuer and the app"
      />
      {client && (
        <>
          <TextInput
            type="text"
            required
            testId="edit-connection-client-id"
            aria-label="Client (App) ID"
            value={clientId}
            onValue={setClientId}
          />
          <ClientTypeFields
            kind={kind}
            authMethod={authMethod}
            onKind={setKind}
            onAuthMethod={setAuthMethod}
            authMethodTestId="edit-connection-auth-method"
          />
          {authMethod !== 'none' && (
            <TextInput
              type="password"
              testId="edit-connection-secret"
              aria-label={secretLabel}
              autoComplete="off"
              value={secret}
              onValue={setSecret}
              placeholder={secretLabel}
            />
          )}
        </>
      )}
    </ConnectionForm>
  );
}
