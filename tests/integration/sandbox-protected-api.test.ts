import { beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { sandboxForFile } from '../support/sandbox-for-file.js';
import { pkceSignIn } from '../support/pkce-sign-in.js';
import { sandboxClient } from '../support/sandbox-client.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

const sandbox = sandboxForFile();
let m2m: oidc.Configuration;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${sandbox.origin}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return {
    status: res.status,
    challenge: res.headers.get('www-authenticate'),
    body: (await res.json()) as Record<string, unknown>,
  };
}

async function m2mToken(resource: string, scope: string) {
  return (await oidc.clientCredentialsGrant(m2m, { resource, scope })).access_token;
}

beforeAll(async () => {
  m2m = await sandboxClient(sandbox, 'm2m');
});

describe('sandbox: sample protected API', () => {
  it('serves a route to a token with the right audience and scope', async () => {
    const token = await m2mToken(PRODUCTS, 'read:products write:products');
    const list = await call('GET', '/sample-api/products', token);
    expect(list.status).toBe(200);
    expect(list.body.caller).toMatchObject({ sub: 'tokenscope-m2m', scope: 'read:products write:products' });
    const created = await call('POST', '/sample-api/products', token, { name: 'Mug' });
    expect(created.status).toBe(201);
    expect(
      ((await call('GET', '/sample-api/products', token)).body.data as { name: string }[]).map((p) => p.name),
    ).toContain('Mug');
  });

  it('answers 401 without a token, with a bare Bearer challenge (RFC 6750 §3.1)', async () => {
    const res = await call('GET', '/sample-api/products');
    expect(res.status).toBe(401);
    expect(res.challenge).toBe(
      `Bearer realm="${PRODUCTS}", resource_metadata="${sandbox.origin}/.well-known/oauth-protected-resource/sample-api/products"`,
    );
    expect(res.body.check).toBe('header');
  });

  it('answers 403 insufficient_scope naming the missing permission', async () => {
    const token = await m2mToken(PRODUCTS, 'read:products');
    const res = await call('DELETE', '/sample-api/products/p-1', token);
    expect(res.status).toBe(403);
    expect(res.challenge).toMatch(
      /^Bearer realm=".*", error="insufficient_scope", error_description=".*", scope="delete:products", resource_metadata=".*"$/,
    );
    expect(res.body).toMatchObject({ error: 'insufficient_scope', check: 'scope' });
  });

  it('answers 401 invalid_token when the audience is another API', async () => {
    const token = await m2mToken(ORDERS, 'read:orders');
    const res = await call('GET', '/sample-api/products', token);
    expect(res.status).toBe(401);
    expect(res.challenge).toContain('error="invalid_token"');
    expect(res.body).toMatchObject({ error: 'invalid_token', check: 'aud' });
    expect((await call('GET', '/sample-api/orders', token)).status).toBe(200);
  });

  it('answers 401 for a changed signature, an opaque token and an ID token, naming each check', async () => {
    const token = await m2mToken(PRODUCTS, 'read:products');
    const [h, p, s] = token.split('.');
    const tampered = `${h}.${p}.${s!.slice(0, -4)}AAAA`;
    expect((await call('GET', '/sample-api/products', tampered)).body.check).toBe('signature');

    const native = await sandboxClient(sandbox, 'tokenscope-native');
    const { callback, verifier } = await pkceSignIn(native, 'vera', { scope: 'openid read:products', resources: [] });
    const tokens = await oidc.authorizationCodeGrant(native, callback, {
      pkceCodeVerifier: verifier,
      expectedState: oidc.skipStateCheck,
    });
    expect((await call('GET', '/sample-api/products', tokens.access_token)).body.check).toBe('format');
    expect((await call('GET', '/sample-api/products', tokens.id_token)).body.check).toBe('typ');
  });

  it('lets browser apps call it (CORS preflight, WWW-Authenticate exposed)', async () => {
    const res = await fetch(`${sandbox.origin}/sample-api/products`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('www-authenticate');
  });

  it('answers only under its own host names (DNS rebinding guard)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: sandbox.port,
          path: '/oidc/.well-known/openid-configuration',
          headers: { host: `attacker.example:${sandbox.port}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('answers 401 for an expired token', async () => {
    const world = structuredClone(sandbox.world);
    world.resources.find((r) => r.indicator === PRODUCTS)!.accessTokenTtl = 1;
    await sandbox.applyWorld(world);
    const token = await m2mToken(PRODUCTS, 'read:products');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const res = await call('GET', '/sample-api/products', token);
    expect(res.body).toMatchObject({ error: 'invalid_token', check: 'exp' });
  });
});
