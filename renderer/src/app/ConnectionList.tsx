import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useConnections } from './stores';
import { Spinner } from '../components/Spinner';

// The forms load when opened: the first screen carries only the list (issue 18, first-screen JavaScript).
const AddConnectionForm = lazy(() => import('./AddConnectionForm').then((m) => ({ default: m.AddConnectionForm })));
const ClientSecretsForm = lazy(() => import('./ClientSecretsForm').then((m) => ({ default: m.ClientSecretsForm })));
const EditConnectionForm = lazy(() => import('./EditConnectionForm').then((m) => ({ default: m.EditConnectionForm })));

/** Remove asks first: the confirm button takes the focus, so Enter removes and Escape (or Keep it) does not. */
function ConfirmRemove({ name, onConfirm, onCancel }: { name: string; onConfirm(): void; onCancel(): void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-label={`Remove ${name}?`}
      className="error-card"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p>Remove {name}? Its client secrets leave the vault; its runs stay listed.</p>
      <button type="button" ref={confirm} data-testid="connection-remove-confirm" onClick={onConfirm}>
        Remove
      </button>{' '}
      <button type="button" data-testid="connection-remove-cancel" onClick={onCancel}>
        Keep it
      </button>
    </div>
  );
}

/** The active workspace's connections (the built-in sandbox first, in every workspace). */
export function ConnectionList() {
  const { connections, selectedId, select, remove: removeConnection, secretsForm, openSecretsForm } = useConnections();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string>();
  const selected = connections.find((c) => c.id === selectedId);

  const remove = async (id: string) => {
    setError(undefined);
    setConfirming(false);
    try {
      await removeConnection(id);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <nav aria-label="Connections">
      <h2>Connections</h2>
      <ul className="connection-list">
        {connections.map((c) => (
          <li key={c.id}>
            <button
              className={c.id === selectedId ? 'selected' : ''}
              aria-current={c.id === selectedId}
              data-testid={`connection-${c.id}`}
              onClick={() => {
                select(c.id);
                setEditing(false);
                setConfirming(false);
              }}
            >
              <span>{c.name}</span>
              <small>{c.unavailable ? 'not running' : c.issuer}</small>
              {c.clients.some((client) => client.secretMissing) && (
                <small className="finding-warning">secret missing: enter it again</small>
              )}
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <Suspense fallback={<Spinner label="Loading…" />}>
          <AddConnectionForm onDone={() => setAdding(false)} />
        </Suspense>
      ) : (
        <button type="button" className="add-button" data-testid="add-connection-open" onClick={() => setAdding(true)}>
          + Add a connection
        </button>
      )}
      {selected?.kind === 'issuer' && (
        <div className="connection-details">
          {selected.metadata && (
            <details>
              <summary>Discovery document</summary>
              <pre data-testid="connection-metadata">{JSON.stringify(selected.metadata, null, 2)}</pre>
            </details>
          )}
          {selected.clients
            .filter((c) => c.publicJwk)
            .map((c) => (
              <details key={c.clientId} open>
                <summary>Public key of {c.clientId}: register it for the client (private_key_jwt)</summary>
                <pre data-testid="connection-public-jwk">{JSON.stringify(c.publicJwk, null, 2)}</pre>
                <button
                  type="button"
                  onClick={() => void navigator.clipboard.writeText(JSON.stringify({ keys: [c.publicJwk] }))}
                >
                  Copy as JWKS
                </button>
              </details>
            ))}
          {selected.clients.some((c) => c.secretMissing) && !secretsForm && (
            <button type="button" data-testid="connection-enter-secret" onClick={() => openSecretsForm(selected.id)}>
              Enter secret
            </button>
          )}
          {editing ? (
            <Suspense fallback={<Spinner label="Loading…" />}>
              <EditConnectionForm key={selected.id} connection={selected} onDone={() => setEditing(false)} />
            </Suspense>
          ) : (
            <button type="button" data-testid="connection-edit" onClick={() => setEditing(true)}>
              Edit or rename
            </button>
          )}
          {confirming ? (
            <ConfirmRemove
              name={selected.name}
              onConfirm={() => void remove(selected.id)}
              onCancel={() => {
                setConfirming(false);
                // Back where the user was, for the keyboard.
                setTimeout(() => removeButton.current?.focus());
              }}
            />
          ) : (
            <button
              type="button"
              ref={removeButton}
              data-testid="connection-remove"
              onClick={() => setConfirming(true)}
            >
              Remove this connection
            </button>
          )}
        </div>
      )}
      {secretsForm && (
        <Suspense fallback={<Spinner label="Loading…" />}>
          <ClientSecretsForm connectionId={secretsForm.connectionId} />
        </Suspense>
      )}
      {error && (
        <p className="error-card" role="alert">
          {error}
        </p>
      )}
    </nav>
  );
}
