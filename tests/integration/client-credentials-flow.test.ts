import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';

// The app's own flow code (the same path the UI and the CLI take) against a real sandbox on loopback.
describe('client credentials through the app', () => {
  let sandbox: SandboxHandle;
  let api: TokenscopeApi;
  let m2m: SandboxHandle['clients'][number];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    api = createAppApi({
      shell: 'browser-host',
      vault: createMemoryVault(),
      version: 'test',
      dataDir: '/tmp',
      sandbox,
    });
    m2m = sandbox.clients.find((c) => c.kind === 'm2m')!;
  });

  afterAll(() => sandbox?.close());

  it('lists the sandbox with its resources and clients, and no secret', async () => {
    const [connection] = await api.listConnections();
    expect(connection).toMatchObject({ id: 'sandbox', kind: 'sandbox', issuer: sandbox.issuer });
    expect(connection!.resources.length).toBeGreaterThan(1);
    expect(JSON.stringify(connection)).not.toContain(m2m.clientSecret!);
  });

  it('gets a JWT for the resource, signed by the sandbox, with only the scopes the M2M role grants', async () => {
    const resource = sandbox.resources[0]!;
    const requested = resource.scopes.map((s) => s.name);
    const result = await api.runClientCredentials({
      connectionId: 'sandbox',
      clientId: m2m.clientId,
      resources: [resource.indicator],
      scope: requested.join(' '),
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const raw = result.tokenResponse.access_token as string;
    const { payload, protectedHeader } = await jwtVerify(raw, createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`)), {
      issuer: sandbox.issuer,
      audience: resource.indicator,
      typ: 'at+jwt',
    });
    expect(protectedHeader.alg).toBe('ES384');
    expect(payload.sub).toBe(m2m.clientId);
    expect(payload.client_id).toBe(m2m.clientId);
    const granted = String(payload.scope ?? '')
      .split(' ')
      .filter(Boolean);
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.length).toBeLessThan(requested.length); // the role grants some permissions, not all: dropped silently
    expect(granted.every((s) => requested.includes(s))).toBe(true);
    expect(result.accessToken).toMatchObject({ kind: 'jwt', payload: { aud: resource.indicator } });
  });

  it('explains invalid_target for a resource the sandbox does not know', async () => {
    const result = await api.runClientCredentials({
      connectionId: 'sandbox',
      clientId: m2m.clientId,
      resources: ['https://unknown.example.com'],
      scope: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ error: 'invalid_target', status: 400 });
    expect(result.error.fix).toContain('https://unknown.example.com');
  });

  it('explains a refused connection when the server is gone', async () => {
    const other = await startSandbox({ port: 0 });
    await other.close();
    const { runClientCredentials } = await import('../../electron/services/flows/client-credentials.js');
    const result = await runClientCredentials({
      issuer: other.issuer,
      client: { clientId: 'x', clientSecret: 'y' },
      resources: [],
      scope: '',
    });
    expect(result).toMatchObject({ ok: false, error: { error: 'connection_refused' } });
  });
});
