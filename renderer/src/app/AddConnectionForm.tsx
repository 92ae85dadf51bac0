import { useState, type FormEvent } from 'react';
import type { AddConnectionRequest, ClientAuthMethod, ClientSummary } from '../../../shared/contract/connection';
import { useConnections, useWorkspaces } from './stores';
import { Spinner } from '../components/Spinner';
import { ClientTypeFields } from './ClientTypeFields';
import { rovingKeyDown } from '../components/roving-focus';

const SERVER_MODES = [
  { id: 'logto', label: 'Logto endpoint' },
  { id: 'issuer', label: 'Issuer URL' },
] as const;

/** A server to run flows against, in the active workspace: discovered before it is saved, so a saved connection is one that answers. */
export function AddConnectionForm({ onDone }: { onDone(): void }) {
  const add = useConnections((s) => s.add);
  const workspaceId = useWorkspaces((s) => s.currentId);
  const [mode, setMode] = useState<'logto' | 'issuer'>('logto');
  const [url, setUrl] = useState('');
  const [clientId, setClientId] = useState('');
  const [kind, setKind] = useState<ClientSummary['kind']>('m2m');
  const [authMethod, setAuthMethod] = useState<ClientAuthMethod>('client_secret_basic');
  const [secret, setSecret] = useState('');
  const [privateKey, setPrivateKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const request: AddConnectionRequest = {
      workspaceId,
      ...(mode === 'logto' ? { logtoEndpoint: url.trim() } : { issuer: url.trim() }),
      client: {
        clientId: clientId.trim(),
        kind,
        authMethod,
        ...(authMethod === 'private_key_jwt'
          ? { privateKey: privateKey.trim() || 'generate' }
          : authMethod !== 'none'
            ? { clientSecret: secret }
            : {}),
      },
    };
    try {
      await add(request);
      setSecret('');
      setPrivateKey('');
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-connection" onSubmit={submit} aria-label="Add a connection" data-testid="add-connection">
      <div className="segmented" role="radiogroup" aria-label="Server">
        {SERVER_MODES.map((m, index) => (
          <button
            key={m.id}
            type="button"
            role="radio"
            aria-checked={mode === m.id}
            tabIndex={mode === m.id ? 0 : -1}
            onClick={() => setMode(m.id)}
            onKeyDown={(e) => rovingKeyDown(e, index, SERVER_MODES.length, (i) => setMode(SERVER_MODES[i]!.id))}
          >
            {m.label}
          </button>
        ))}
      </div>
      <input
        type="text"
        required
        data-testid="connection-url"
        aria-label={mode === 'logto' ? 'Logto endpoint' : 'Issuer URL'}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        placeholder={mode === 'logto' ? 'https://your-tenant.logto.app' : 'https://auth.example.com'}
      />
      <input
        type="text"
        required
        data-testid="connection-client-id"
        aria-label="Client (App) ID"
        value={clientId}
        onChange={(e) => setClientId(e.target.value)}
        placeholder="App ID"
      />
      <ClientTypeFields
        kind={kind}
        authMethod={authMethod}
        onKind={(next) => {
          setKind(next);
          // Logto: SPA and native apps are public clients (PKCE only); web and M2M apps authenticate with a secret.
          setAuthMethod(next === 'spa' || next === 'native' ? 'none' : 'client_secret_basic');
        }}
        onAuthMethod={setAuthMethod}
      />
      {authMethod === 'private_key_jwt' && (
        <textarea
          rows={3}
          data-testid="connection-private-key"
          aria-label="Private key"
          spellCheck={false}
          value={privateKey}
          onChange={(e) => setPrivateKey(e.target.value)}
          placeholder="Leave empty to generate an ES256 key, or paste a private JWK or PKCS#8 PEM (kept in the vault)"
        />
      )}
      {(authMethod === 'client_secret_basic' || authMethod === 'client_secret_post') && (
        <input
          type="password"
          required
          data-testid="connection-secret"
          aria-label="Client secret"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          placeholder="App secret (kept in the vault)"
        />
      )}
      <div className="actions">
        <button type="submit" className="primary" data-testid="connection-add" disabled={busy}>
          Discover and add
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {busy && <Spinner label="Discovering…" />}
      {error && (
        <p className="error-card" role="alert" data-testid="connection-error">
          {error}
        </p>
      )}
    </form>
  );
}
