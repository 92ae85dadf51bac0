import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ClientSummary, ConnectionSummary } from '../../../shared/contract/connection';
import { useConnections, useWorkspaces } from './stores';

/**
 * Asks for the secrets the vault lacks (an imported workspace never brings one; a memory-only vault forgets them
 * at quit). The rows are the clients the main side flags `secretMissing`, so a saved one leaves the form by itself.
 */
export function ClientSecretsForm({ connectionId }: { connectionId?: string }) {
  const connections = useConnections((s) => s.connections);
  const listedFor = useConnections((s) => s.workspaceId);
  const close = useConnections((s) => s.closeSecretsForm);
  const workspaceId = useWorkspaces((s) => s.currentId);
  const rows = connections
    .filter((c) => !connectionId || c.id === connectionId)
    .flatMap((connection) =>
      connection.clients.filter((c) => c.secretMissing).map((client) => ({ connection, client })),
    );
  // The list of the workspace just imported may still be on its way.
  if (listedFor !== workspaceId) return null;

  return (
    <section className="client-secrets" aria-label="Client secrets" data-testid="secrets-form">
      <h2>Client secrets</h2>
      {rows.length === 0 ? (
        <p role="status" data-testid="secrets-done">
          Every client has its secret in the vault.
        </p>
      ) : (
        <p className="hint">Exports never carry secrets. Enter each one again; it goes to the vault only.</p>
      )}
      {rows.map(({ connection, client }) => (
        <SecretRow
          key={`${connection.id}/${client.clientId}`}
          workspaceId={workspaceId}
          connection={connection}
          client={client}
        />
      ))}
      <button type="button" data-testid="secrets-close" onClick={close}>
        {rows.length === 0 ? 'Done' : 'Skip for now'}
      </button>
      {rows.length > 0 && <p className="hint">Later: select the connection and choose “Enter secret”.</p>}
    </section>
  );
}

function SecretRow({
  workspaceId,
  connection,
  client,
}: {
  workspaceId: string;
  connection: ConnectionSummary;
  client: ClientSummary;
}) {
  const setClientSecret = useConnections((s) => s.setSecret);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const keyBased = client.authMethod === 'private_key_jwt';
  const inputId = `secret-${connection.id}-${client.clientId}`;

  const save = async (value: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await setClientSecret({ workspaceId, connectionId: connection.id, clientId: client.clientId, secret: value });
      setSecret('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!keyBased && !secret) {
      setError(`Enter the client secret of ${client.clientId}, or skip it for now.`);
      return;
    }
    void save(secret);
  };
  // A pasted PEM has several lines, so Enter stays a newline in the key field; Ctrl+Enter (⌘+Enter) saves.
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save(secret);
    }
  };

  return (
    <form
      onSubmit={submit}
      aria-label={`Secret of ${client.clientId} (${connection.name})`}
      data-testid={`secret-row-${client.clientId}`}
    >
      <strong>{connection.name}</strong>
      <small className="hint">
        {client.clientId} · {client.authMethod}
      </small>
      <label htmlFor={inputId}>{keyBased ? 'Private key (JWK or PKCS#8 PEM)' : 'Client secret'}</label>
      {keyBased ? (
        <textarea
          id={inputId}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          data-testid={`secret-input-${client.clientId}`}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          onKeyDown={submitOnCtrlEnter}
          aria-describedby={`${inputId}-hint`}
        />
      ) : (
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          data-testid={`secret-input-${client.clientId}`}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
      )}
      {keyBased && (
        <small id={`${inputId}-hint`} className="hint">
          Ctrl+Enter saves. A new key must be registered on the server again.
        </small>
      )}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          data-testid={`secret-save-${client.clientId}`}
          disabled={busy || (keyBased && !secret.trim())}
        >
          {keyBased ? 'Save key' : 'Save secret'}
        </button>
        {keyBased && (
          <button
            type="button"
            data-testid={`secret-generate-${client.clientId}`}
            disabled={busy}
            onClick={() => void save('generate')}
          >
            Generate a new key
          </button>
        )}
      </div>
      {error && (
        <p className="error-card" role="alert" data-testid={`secret-error-${client.clientId}`}>
          {error}
        </p>
      )}
    </form>
  );
}
