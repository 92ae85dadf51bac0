import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import type { ConnectionSummary } from '../../shared/contract/connection.js';
import { startAppWithSandbox, type AppWithSandbox } from '../support/app-with-sandbox.js';
import { verifyAccessToken } from '../support/oauth-assertions.js';
import { applyM2mPublicKey } from '../support/private-key-world.js';

const PRODUCTS = 'https://products.tokenscope.test';
const M2M = 'tokenscope-m2m';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

// RFC 7523 §2.2 end to end, as a user does it: Tokenscope generates the client's key, the user pastes its public
// JWK into the sandbox world, and client credentials authenticate with a signed assertion instead of a secret.
describe('private_key_jwt against the sandbox', () => {
  let app: AppWithSandbox;
  let registered: ConnectionSummary;

  async function addKeyConnection(name: string): Promise<ConnectionSummary> {
    return app.api.addConnection({
      name,
      issuer: app.sandbox.issuer,
      client: { clientId: M2M, kind: 'm2m', authMethod: 'private_key_jwt', privateKey: 'generate' },
    });
  }

  beforeAll(async () => {
    app = await startAppWithSandbox('private-key-jwt');
    registered = await addKeyConnection('Sandbox, by key');
    // The Sandbox view's editor: the M2M app's secret line becomes the key method and the pasted public JWK.
    await applyM2mPublicKey(app.api, registered.clients[0]!.publicJwk!);
  });

  afterAll(() => app?.close());

  it("client credentials with the generated key: a JWT for the products API with the M2M role's scopes", async () => {
    const result = await app.api.runClientCredentials({
      connectionId: registered.id,
      clientId: M2M,
      resources: [PRODUCTS],
      scope: 'read:products write:products delete:products',
    });
    if (!result.ok) throw new Error(`expected a token: ${JSON.stringify(result.error)}`);
    const { tokenResponse, timeline } = await app.api.revealRun({ runId: result.runId! });
    const payload = await verifyAccessToken(app.sandbox.issuer, String(tokenResponse!.access_token), PRODUCTS);
    // inventory-sync grants read and write, not delete.
    expect(payload).toMatchObject({ sub: M2M, client_id: M2M, scope: 'read:products write:products' });

    // What was sent: an assertion signed with the key (RFC 7523 §3), no secret, no Basic credentials.
    const sent = new URLSearchParams(timeline.find((e) => e.step === 'token')!.requestBody);
    expect(sent.get('client_assertion_type')).toBe(JWT_BEARER);
    const assertion = sent.get('client_assertion')!;
    expect(decodeJwt(assertion)).toMatchObject({ iss: M2M, sub: M2M, aud: app.sandbox.issuer });
    expect(timeline.find((e) => e.step === 'token')!.requestHeaders.authorization).toBeUndefined();

    // The assertion is a bearer credential until it expires: the timeline the renderer gets shows it masked.
    const shown = result.timeline.find((e) => e.step === 'token')!;
    expect(new URLSearchParams(shown.requestBody).get('client_assertion')).toMatch(/^.{4}…•{6} \(\d+ chars\)$/);
    expect(JSON.stringify(result.timeline)).not.toContain(assertion);
  });

  it('another key for the same app is refused with invalid_client, explained', async () => {
    const stranger = await addKeyConnection('Sandbox, wrong key');
    const result = await app.api.runClientCredentials({
      connectionId: stranger.id,
      clientId: M2M,
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    if (result.ok) throw new Error('expected the assertion to be refused');
    expect(result.error).toMatchObject({
      error: 'invalid_client',
      status: 401,
      errorDescription: 'client authentication failed',
    });
    // RFC 7523 §2.2: the hint is about the registered public key, never a client secret.
    expect(result.error.explanation).toContain(`knows client ${M2M} but did not accept its client assertion`);
    expect(result.error.fix).toMatch(/public key registered for tokenscope-m2m at the server .* same kid and alg/);
    expect(result.error.fix).toContain(`aud is the issuer ${app.sandbox.issuer}`);
    expect(result.error.fix).not.toMatch(/client secret/);
    await app.api.removeConnection({ id: stranger.id });
  });

  it('a public key oidc-provider cannot use (no "y") is refused on the app\'s line, and the running world stays', async () => {
    const before = (await app.api.getSandbox()).worldText;
    const text = before.replace(
      /jwks: \{ keys: \[ \{.*\} \] \}/,
      'jwks: { keys: [ { "kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU" } ] }',
    );
    expect(text).not.toBe(before);
    const applied = await app.api.applySandboxWorld({ text });
    if (applied.ok) throw new Error('expected the world to be refused');
    const line = text.split('\n').findIndex((l) => l.includes('- id: tokenscope-m2m')) + 1;
    expect(applied.problems).toEqual([
      expect.objectContaining({
        path: '/applications/3',
        line,
        message: expect.stringMatching(
          /^oidc-provider refuses this client: client JSON Web Key Set is invalid \(jwks\.keys\[0\]\.y must be a non-empty string for EC keys\)/,
        ),
      }),
    ]);
    expect((await app.api.getSandbox()).worldText).toBe(before);
    expect(
      (
        await app.api.runClientCredentials({
          connectionId: registered.id,
          clientId: M2M,
          resources: [PRODUCTS],
          scope: 'read:products',
        })
      ).ok,
    ).toBe(true);
  });

  it("the app's old secret no longer opens it", async () => {
    const result = await app.flows.clientCredentials({
      issuer: app.sandbox.issuer,
      client: {
        clientId: M2M,
        clientSecret: 'sandbox-m2m-secret-not-for-production',
        authMethod: 'client_secret_basic',
      },
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(result).toMatchObject({ ok: false, error: { error: 'invalid_client' } });
  });
});
