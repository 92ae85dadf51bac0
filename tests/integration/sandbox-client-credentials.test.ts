import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

let sandbox: SandboxHandle;
let config: oidc.Configuration;

async function verify(accessToken: string, audience: string) {
  const jwks = createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`));
  return jwtVerify(accessToken, jwks, { issuer: sandbox.issuer, audience, typ: 'at+jwt', algorithms: ['ES384'] });
}

async function tokenError(params: URLSearchParams | Record<string, string>) {
  try {
    await oidc.clientCredentialsGrant(config, params);
  } catch (error) {
    return error as oidc.ResponseBodyError;
  }
  throw new Error('expected the token request to fail');
}

beforeAll(async () => {
  sandbox = await startSandbox();
  const m2m = sandbox.clients.find((c) => c.kind === 'm2m')!;
  config = await oidc.discovery(
    new URL(sandbox.issuer),
    m2m.clientId,
    m2m.clientSecret,
    oidc.ClientSecretBasic(m2m.clientSecret!),
    {
      execute: [oidc.allowInsecureRequests],
    },
  );
});

afterAll(async () => {
  await sandbox?.close();
});

describe('sandbox: client credentials (M2M)', () => {
  it('serves discovery under /oidc on 127.0.0.1 with client_credentials', () => {
    expect(sandbox.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oidc$/);
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(sandbox.issuer);
    expect(metadata.grant_types_supported).toContain('client_credentials');
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('lists the APIs and an M2M client with a secret in the handle', () => {
    expect(sandbox.resources.map((r) => r.indicator)).toEqual([PRODUCTS, ORDERS, 'https://default.logto.app/api']);
    expect(sandbox.clients.find((c) => c.kind === 'm2m')).toMatchObject({ hasSecret: true });
  });

  it('issues an ES384 at+jwt for the resource with requested ∩ M2M-role scopes', async () => {
    const tokens = await oidc.clientCredentialsGrant(config, {
      resource: PRODUCTS,
      scope: 'read:products delete:products',
    });
    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: 'ES384', typ: 'at+jwt' });
    const { payload } = await verify(tokens.access_token, PRODUCTS);
    // delete:products is not in the app's M2M role: dropped silently, as Logto does.
    expect(payload.scope).toBe('read:products');
    expect(payload.sub).toBe(config.clientMetadata().client_id);
    expect(payload.client_id).toBe(payload.sub);
    expect(payload.aud).toBe(PRODUCTS);
  });

  it('falls back to the default API resource when no resource is sent', async () => {
    const tokens = await oidc.clientCredentialsGrant(config, { scope: 'write:products' });
    const { payload } = await verify(tokens.access_token, PRODUCTS);
    expect(payload.scope).toBe('write:products');
  });

  it('has no scope claim when no scope was requested', async () => {
    const tokens = await oidc.clientCredentialsGrant(config, { resource: ORDERS });
    const { payload } = await verify(tokens.access_token, ORDERS);
    expect(payload).not.toHaveProperty('scope');
  });

  it('refuses two resources with invalid_target', async () => {
    const params = new URLSearchParams();
    params.append('resource', PRODUCTS);
    params.append('resource', ORDERS);
    const error = await tokenError(params);
    expect(error.error).toBe('invalid_target');
    expect(error.error_description).toBe('only a single resource indicator value is supported for this grant type');
  });

  it('tells an unknown client (400) from a wrong secret (401 with a Basic challenge), as Logto does', async () => {
    const post = (user: string, secret: string) =>
      fetch(config.serverMetadata().token_endpoint!, {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa(`${user}:${secret}`)}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
    const unknown = await post('nobody', 'x');
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('www-authenticate')).toBeNull();
    expect(await unknown.json()).toMatchObject({
      error: 'invalid_client',
      error_description: 'invalid client nobody',
      code: 'oidc.invalid_client',
    });
    const wrong = await post(config.clientMetadata().client_id, 'wrong-secret');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(await wrong.json()).toMatchObject({
      error: 'invalid_client',
      error_description: 'client authentication failed',
    });
  });

  it('refuses a request with neither resource nor organization when the world has no default API', async () => {
    const world = structuredClone(sandbox.world);
    delete world.defaultResource;
    await sandbox.applyWorld(world);
    try {
      const error = await tokenError({ scope: 'read:products' });
      expect(error).toMatchObject({
        error: 'invalid_target',
        error_description: 'both `resource` and `organization_id` are not provided',
      });
    } finally {
      await sandbox.applyWorld({ ...world, defaultResource: PRODUCTS });
    }
  });

  it('refuses an unknown resource with invalid_target', async () => {
    const error = await tokenError({ resource: 'https://unknown.tokenscope.test' });
    expect(error.status).toBe(400);
    expect(error.error).toBe('invalid_target');
  });
});
