import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import { startAppWithSandbox, type AppWithSandbox } from '../support/app-with-sandbox.js';
import { applyM2mPublicKey } from '../support/private-key-world.js';

const PRODUCTS = 'https://products.tokenscope.test';
const M2M = 'tokenscope-m2m';

// The sandbox world may switch an app to private_key_jwt (RFC 7523 §2.2) with only its public key; the built-in
// Sandbox connection then has nothing to sign with, and must say so before it sends anything.
describe('the built-in Sandbox connection and a private_key_jwt app', () => {
  let app: AppWithSandbox;
  let secretWorld: string;

  const sandboxClient = async (clientId: string) => {
    const [sandbox] = await app.api.listConnections({});
    return sandbox!.clients.find((c) => c.clientId === clientId);
  };

  beforeAll(async () => {
    app = await startAppWithSandbox('sandbox-private-key-app');
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), alg: 'ES256', kid: 'user-key-1' };
    secretWorld = await applyM2mPublicKey(app.api, jwk);
  });

  afterAll(() => app?.close());

  it('lists the app as private_key_jwt without a secret, and leaves the others as they were', async () => {
    expect(await sandboxClient(M2M)).toEqual({
      clientId: M2M,
      name: expect.any(String),
      kind: 'm2m',
      hasSecret: false,
      authMethod: 'private_key_jwt',
    });
    // Not secretMissing: the "Enter secret" form could not save a key into the built-in connection.
    expect(await sandboxClient(M2M)).not.toHaveProperty('secretMissing');
    expect(await sandboxClient('tokenscope-web')).not.toHaveProperty('authMethod');
  });

  it('refuses a flow with the app before any request, saying which connection to add instead', async () => {
    const refused = app.api.runClientCredentials({
      connectionId: 'sandbox',
      clientId: M2M,
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    await expect(refused).rejects.toThrow(
      `The sandbox app ${M2M} authenticates with private_key_jwt; the built-in Sandbox connection holds no key for it. ` +
        `Add a connection to ${app.sandbox.issuer} with client ${M2M} and its private key (Connections → Add a connection), ` +
        'or switch the app back to a client secret in the sandbox world.',
    );
    await expect(
      app.api.startDeviceAuthorization({
        connectionId: 'sandbox',
        clientId: M2M,
        resources: [PRODUCTS],
        scope: 'read:products',
      }),
    ).rejects.toThrow(/holds no key for it/);
  });

  it('works again once the world gives the app its secret back', async () => {
    const applied = await app.api.applySandboxWorld({ text: secretWorld });
    if (!applied.ok) throw new Error(`the world was refused: ${JSON.stringify(applied.problems)}`);
    expect(await sandboxClient(M2M)).toMatchObject({ hasSecret: true });
    expect(await sandboxClient(M2M)).not.toHaveProperty('authMethod');
    const result = await app.api.runClientCredentials({
      connectionId: 'sandbox',
      clientId: M2M,
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(result).toMatchObject({ ok: true, accessToken: { payload: { sub: M2M, aud: PRODUCTS } } });
  });
});
