import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { exportPKCS8, generateKeyPair } from 'jose';

// A second sandbox plays "any standards-compliant server": the app knows it only by its issuer URL.
describe('connections to other servers', () => {
  let server: SandboxHandle;
  let api: TokenscopeApi;
  const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-connections-'));
  const vault = createMemoryVault();
  const m2m = { clientId: 'tokenscope-m2m', secret: 'sandbox-m2m-secret-not-for-production' };

  beforeAll(async () => {
    server = await startSandbox({ port: 0 });
    api = createAppApi({
      shell: 'browser-host',
      version: 'test',
      dataDir,
      vault,
      sandbox: { error: 'not needed here' },
    });
  });
  afterAll(() => server?.close());

  it('discovers the issuer, shows its metadata, and runs a flow with the secret kept in the vault', async () => {
    const added = await api.addConnection({
      name: 'Staging',
      issuer: server.issuer,
      client: { clientId: m2m.clientId, kind: 'm2m', authMethod: 'client_secret_basic', clientSecret: m2m.secret },
    });
    expect(added).toMatchObject({
      name: 'Staging',
      kind: 'issuer',
      issuer: server.issuer,
      clients: [{ clientId: m2m.clientId, hasSecret: true }],
    });
    expect(added.metadata).toMatchObject({
      issuer: server.issuer,
      token_endpoint: expect.stringContaining('/oidc/token'),
    });
    expect((await api.listConnections()).map((c) => c.id)).toContain(added.id);

    const result = await api.runClientCredentials({
      connectionId: added.id,
      clientId: m2m.clientId,
      resources: ['https://products.tokenscope.test'],
      scope: 'read:products',
    });
    expect(result.ok).toBe(true);

    const file = readFileSync(join(dataDir, 'connections.json'), 'utf8');
    expect(file).toContain(m2m.clientId);
    expect(file).not.toContain(m2m.secret);
    expect(await vault.list()).toEqual([`connection:${added.id}:client:${m2m.clientId}`]);
  });

  it('accepts a Logto endpoint and adds /oidc', async () => {
    const added = await api.addConnection({
      logtoEndpoint: server.origin + '/',
      client: { clientId: 'tokenscope-native', kind: 'native', authMethod: 'none' },
    });
    expect(added.issuer).toBe(server.issuer);
  });

  it('refuses plain http to another machine, and a missing secret, saying what to do', async () => {
    await expect(
      api.addConnection({
        issuer: 'http://auth.example.com/oidc',
        client: { clientId: 'x', kind: 'm2m', authMethod: 'none' },
      }),
    ).rejects.toThrow(/only for a server on this machine/);
    await expect(
      api.addConnection({
        issuer: server.issuer,
        client: { clientId: 'x', kind: 'm2m', authMethod: 'client_secret_basic' },
      }),
    ).rejects.toThrow(/needs the client secret/);
  });

  it('explains a discovery that fails, and saves nothing', async () => {
    const gone = await startSandbox({ port: 0 });
    await gone.close();
    const before = (await api.listConnections()).length;
    await expect(
      api.addConnection({ issuer: gone.issuer, client: { clientId: 'x', kind: 'native', authMethod: 'none' } }),
    ).rejects.toThrow(/Discovery at .* failed: Nothing is listening/);
    expect((await api.listConnections()).length).toBe(before);
  });

  it('private_key_jwt: generates a key, shows only its public part, keeps the private one in the vault', async () => {
    const added = await api.addConnection({
      issuer: server.issuer,
      client: { clientId: m2m.clientId, kind: 'm2m', authMethod: 'private_key_jwt', privateKey: 'generate' },
    });
    const publicJwk = added.clients[0]!.publicJwk!;
    expect(publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(publicJwk).not.toHaveProperty('d');
    const stored = JSON.parse((await vault.get(`connection:${added.id}:client:${m2m.clientId}`))!);
    expect(stored.d).toBeTruthy();
    expect(readFileSync(join(dataDir, 'connections.json'), 'utf8')).not.toContain(stored.d);
    // The default world registers this app with client_secret_basic, so the sandbox refuses the assertion: what
    // matters here is that the flow signed one with the stored key. private-key-jwt.test.ts registers the key.
    const result = await api.runClientCredentials({
      connectionId: added.id,
      clientId: m2m.clientId,
      resources: [],
      scope: '',
    });
    expect(result).toMatchObject({ ok: false, error: { error: 'invalid_client' } });
    const token = result.timeline.find((e) => e.step === 'token')!;
    expect(new URLSearchParams(token.requestBody).get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    );
    await api.removeConnection({ id: added.id });
  });

  it('private_key_jwt: imports a PKCS#8 PEM, and refuses a public key with what to paste instead', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const added = await api.addConnection({
      issuer: server.issuer,
      client: {
        clientId: m2m.clientId,
        kind: 'm2m',
        authMethod: 'private_key_jwt',
        privateKey: await exportPKCS8(privateKey),
      },
    });
    expect(added.clients[0]!.publicJwk).toMatchObject({ kty: 'EC', alg: 'ES256' });
    await api.removeConnection({ id: added.id });
    const { exportJWK } = await import('jose');
    await expect(
      api.addConnection({
        issuer: server.issuer,
        client: {
          clientId: 'x',
          kind: 'm2m',
          authMethod: 'private_key_jwt',
          privateKey: JSON.stringify(await exportJWK(publicKey)),
        },
      }),
    ).rejects.toThrow(/no private part/);
  });

  it('keeps connections across a restart; a memory-only vault forgets the secret, and the app says so', async () => {
    const restarted = createAppApi({
      shell: 'browser-host',
      version: 'test',
      dataDir,
      vault: createMemoryVault(),
      sandbox: { error: 'not needed here' },
    });
    const staging = (await restarted.listConnections()).find((c) => c.name === 'Staging')!;
    expect(staging.clients[0]).toMatchObject({ hasSecret: false, secretMissing: true });
    await expect(
      restarted.runClientCredentials({ connectionId: staging.id, clientId: m2m.clientId, resources: [], scope: '' }),
    ).rejects.toThrow(/not in the vault/);
    await restarted.removeConnection({ id: staging.id });
    expect((await restarted.listConnections()).some((c) => c.name === 'Staging')).toBe(false);
  });
});
