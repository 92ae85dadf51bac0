import { useState } from 'react';
import type { AddConnectionRequest, ClientAuthMethod, ClientSummary } from '../../../shared/contract/connection';
import { useConnections, useWorkspaces } from './stores';
import { ClientTypeFields } from './ClientTypeFields';
import { ConnectionForm } from './ConnectionForm';
import { SegmentedRadioGroup } from '../components/SegmentedRadioGroup';
import { useBusyAction } from '../components/use-busy-action';
import { TextInput } from '../components/form-fields';

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
  const { busy, error, run } = useBusyAction();

  const submit = () => {
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
    void run(async () => {
      await add(request);
      setSecret('');
      setPrivateKey('');
      onDone();
    });
  };

  return (
    <ConnectionForm
      label="Add a connection"
      testId="add-connection"
      submitLabel="Discover and add"
      submitTestId="connection-add"
      errorTestId="connection-error"
      busy={busy}
      busyLabel="Discovering…"
      error={error}
      onSubmit={submit}
      onDone={onDone}
    >
      <SegmentedRadioGroup label="Server" options={SERVER_MODES} value={mode} onChange={setMode} />
      <TextInput
        type="text"
        required
        testId="connection-url"
        aria-label={mode === 'logto' ? 'Logto endpoint' : 'Issuer URL'}
        value={url}
        onValue={setUrl}
        placeholder={mode === 'logto' ? 'https://your-tenant.logto.app' : 'https://auth.example.com'}
      />
      <TextInput
        type="text"
        required
        testId="connection-client-id"
        aria-label="Client (App) ID"
        value={clientId}
        onValue={setClientId}
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
        <TextInput
          type="password"
          required
          testId="connection-secret"
          aria-label="Client secret"
          autoComplete="off"
          value={secret}
          onValue={setSecret}
          placeholder="App secret (kept in the vault)"
        />
      )}
    </ConnectionForm>
  );
}
