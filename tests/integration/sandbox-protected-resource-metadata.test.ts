import { describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { decodeJwt } from 'jose';
import { sandboxForFile } from '../support/sandbox-for-file.js';
import { signIn } from './sandbox-sign-in.js';

const PRODUCTS = 'https://products.tokenscope.test';
const WELL_KNOWN = '/.well-known/oauth-protected-resource';

const sandbox = sandboxForFile();

async function json(url: string) {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** RFC 9728 §5.1: the `resource_metadata` URL of a challenge. */
function resourceMetadataOf(challenge: string | null): string | undefined {
  return /resource_metadata="([^"]+)"/.exec(challenge ?? '')?.[1];
}

describe('sandbox: protected-resource metadata of the sample APIs (RFC 9728)', () => {
  it('serves each API at the path-inserted well-known URL, `resource` the URL the client calls (§3.1, §3.3)', async () => {
    for (const [path, indicator] of [
      ['/sample-api/products', PRODUCTS],
      ['/sample-api/orders', 'https://orders.tokenscope.test'],
    ] as const) {
      const { status, body } = await json(`${sandbox.origin}${WELL_KNOWN}${path}`);
      expect(status).toBe(200);
      const resource = sandbox.world.resources.find((r) => r.indicator === indicator)!;
      expect(body).toEqual({
        resource: `${sandbox.origin}${path}`,
        authorization_servers: [sandbox.issuer],
        scopes_supported: resource.permissions.map((p) => p.name),
        resource_name: resource.name,
        bearer_methods_supported: ['header'],
        dpop_signing_alg_values_supported: expect.arrayContaining(['ES256', 'EdDSA']),
      });
      expect(body.dpop_signing_alg_values_supported).not.toContain('HS256');
    }
  });

  it("serves the origin's own metadata at the root, naming the origin, and 404s an unknown path", async () => {
    const root = await json(`${sandbox.origin}${WELL_KNOWN}`);
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({ resource: sandbox.origin, authorization_servers: [sandbox.issuer] });
    const unknown = await json(`${sandbox.origin}${WELL_KNOWN}/sample-api/nothing`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain(`${sandbox.origin}${WELL_KNOWN}/sample-api/products`);
  });

  it('names the metadata in every 401 and 403, and that metadata describes the API called (§5.1)', async () => {
    const m2m = sandbox.clients.find((c) => c.kind === 'm2m')!;
    const config = await oidc.discovery(new URL(sandbox.issuer), m2m.clientId, m2m.clientSecret, undefined, {
      execute: [oidc.allowInsecureRequests],
    });
    const readOnly = (await oidc.clientCredentialsGrant(config, { resource: PRODUCTS, scope: 'read:products' }))
      .access_token;
    const cases: { method: string; path: string; authorization?: string; status: number }[] = [
      { method: 'GET', path: '/sample-api/products', status: 401 },
      { method: 'GET', path: '/sample-api/orders', authorization: 'Bearer not.a.jwt', status: 401 },
      { method: 'GET', path: '/sample-api/orders', authorization: `Bearer ${readOnly}`, status: 401 },
      { method: 'DELETE', path: '/sample-api/products/p-1', authorization: `Bearer ${readOnly}`, status: 403 },
    ];
    for (const c of cases) {
      const res = await fetch(`${sandbox.origin}${c.path}`, {
        method: c.method,
        headers: c.authorization ? { authorization: c.authorization } : {},
      });
      expect(res.status, `${c.method} ${c.path}`).toBe(c.status);
      const metadataUrl = resourceMetadataOf(res.headers.get('www-authenticate'));
      const api = c.path.split('/').slice(0, 3).join('/');
      expect(metadataUrl).toBe(`${sandbox.origin}${WELL_KNOWN}${api}`);
      expect((await json(metadataUrl!)).body.resource).toBe(`${sandbox.origin}${api}`);
    }
  });

  it("says dpop_bound_access_tokens_required when the world's resource asks for DPoP", async () => {
    const world = structuredClone(sandbox.world);
    world.resources.find((r) => r.indicator === PRODUCTS)!.dpopBoundAccessTokensRequired = true;
    await sandbox.applyWorld(world);
    try {
      const { body } = await json(`${sandbox.origin}${WELL_KNOWN}/sample-api/products`);
      expect(body.dpop_bound_access_tokens_required).toBe(true);
      expect((await json(`${sandbox.origin}${WELL_KNOWN}/sample-api/orders`)).body).not.toHaveProperty(
        'dpop_bound_access_tokens_required',
      );
    } finally {
      const original = structuredClone(world);
      delete original.resources.find((r) => r.indicator === PRODUCTS)!.dpopBoundAccessTokensRequired;
      await sandbox.applyWorld(original);
    }
  });

  it("issues a token for the API's URL, which the API accepts (client credentials, M2M roles cut as usual)", async () => {
    const url = `${sandbox.origin}/sample-api/products`;
    const m2m = sandbox.clients.find((c) => c.kind === 'm2m')!;
    const config = await oidc.discovery(new URL(sandbox.issuer), m2m.clientId, m2m.clientSecret, undefined, {
      execute: [oidc.allowInsecureRequests],
    });
    const tokens = await oidc.clientCredentialsGrant(config, {
      resource: url,
      scope: 'read:products delete:products',
    });
    const claims = decodeJwt(tokens.access_token);
    expect(claims.aud).toBe(url);
    // The inventory-sync M2M role grants read and write, never delete, under either name of the API.
    expect(claims.scope).toBe('read:products');
    const res = await fetch(url, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(res.status).toBe(200);
    const other = await fetch(`${sandbox.origin}/sample-api/orders`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(other.status).toBe(401);
  });

  it("signs a user in for the API's URL: the consent page names the API, the token carries the user's permissions", async () => {
    const url = `${sandbox.origin}/sample-api/products`;
    const native = await oidc.discovery(new URL(sandbox.issuer), 'tokenscope-native', undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    const verifier = oidc.randomPKCECodeVerifier();
    const authorizationUrl = oidc.buildAuthorizationUrl(native, {
      redirect_uri: 'tokenscope://callback',
      scope: 'read:products write:products',
      resource: url,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const { callback, pages } = await signIn(authorizationUrl, { user: 'vera' });
    expect(pages.join('\n')).toContain('Products API');
    const tokens = await oidc.authorizationCodeGrant(native, new URL(callback), {
      pkceCodeVerifier: verifier,
      expectedState: oidc.skipStateCheck,
    });
    const claims = decodeJwt(tokens.access_token);
    expect(claims.aud).toBe(url);
    expect(claims.scope).toBe('read:products');
    expect((await fetch(url, { headers: { authorization: `Bearer ${tokens.access_token}` } })).status).toBe(200);
  });
});
