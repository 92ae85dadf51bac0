import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { signIn } from './sandbox-sign-in.js';
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { verifyAccessToken } from '../support/oauth-assertions.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';
const NATIVE = 'tokenscope-native';

let sandbox: SandboxHandle;
let native: oidc.Configuration;

interface AuthRequest {
  user: string;
  scope: string;
  resources?: string[];
  redirectUri?: string;
  untick?: string[];
  extra?: Record<string, string>;
}

async function authorize(config: oidc.Configuration, request: AuthRequest) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const params = new URLSearchParams({
    redirect_uri: request.redirectUri ?? 'tokenscope://callback',
    scope: request.scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    ...request.extra,
  });
  for (const r of request.resources ?? []) params.append('resource', r);
  const { callback, pages } = await signIn(oidc.buildAuthorizationUrl(config, params), {
    user: request.user,
    untick: request.untick,
  });
  return { callback: new URL(callback), verifier, state, pages };
}

async function exchange(config: oidc.Configuration, auth: Awaited<ReturnType<typeof authorize>>, resource?: string) {
  return oidc.authorizationCodeGrant(
    config,
    auth.callback,
    { pkceCodeVerifier: auth.verifier, expectedState: auth.state },
    resource ? { resource } : undefined,
  );
}

const verify = (token: string, audience: string) => verifyAccessToken(sandbox.issuer, token, audience);

beforeAll(async () => {
  sandbox = await startSandbox();
  native = await oidc.discovery(new URL(sandbox.issuer), NATIVE, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
});

afterAll(async () => {
  await sandbox?.close();
});

describe('sandbox: authorization code + PKCE', () => {
  it('shows a sign-in page that lists the users and says it is a sandbox', async () => {
    const auth = await authorize(native, { user: 'eddie', scope: 'openid', resources: [PRODUCTS] });
    const [signInPage] = auth.pages;
    expect(signInPage).toContain('Tokenscope sandbox');
    expect(signInPage).toContain('only those the world gives a password ask for one');
    expect(signInPage).not.toContain('type="password"');
    for (const name of ['Vera Viewer', 'Eddie Editor', 'Ada Admin', 'Noah No-role']) expect(signInPage).toContain(name);
  });

  it('shows the requested scopes per resource on the consent page', async () => {
    const auth = await authorize(native, {
      user: 'vera',
      scope: 'openid read:products write:orders',
      resources: [PRODUCTS, ORDERS],
    });
    const consent = auth.pages.find((p) => p.includes('asks for access'))!;
    expect(consent).toContain('Products API');
    expect(consent).toContain('Orders API');
    expect(consent).toMatch(/write:orders.*vera has no role granting this/s);
  });

  it('sends the iss parameter on the callback (RFC 9207) to the custom-scheme redirect', async () => {
    const auth = await authorize(native, { user: 'eddie', scope: 'openid', resources: [PRODUCTS] });
    expect(auth.callback.protocol).toBe('tokenscope:');
    expect(auth.callback.searchParams.get('iss')).toBe(sandbox.issuer);
  });

  it('issues per-resource JWTs with scope = requested ∩ consented ∩ role permissions', async () => {
    const auth = await authorize(native, {
      user: 'eddie',
      scope: 'openid offline_access read:products write:products delete:products read:orders write:orders',
      resources: [PRODUCTS, ORDERS],
      untick: [`${ORDERS} write:orders`],
      extra: { prompt: 'consent' },
    });
    const tokens = await exchange(native, auth, PRODUCTS);
    const products = await verify(tokens.access_token, PRODUCTS);
    // Eddie is an editor: delete:products is dropped silently.
    expect(products).toMatchObject({
      sub: 'eddie',
      client_id: NATIVE,
      aud: PRODUCTS,
      scope: 'read:products write:products',
    });
    expect(tokens.refresh_token).toBeTruthy();

    const orders = await oidc.refreshTokenGrant(native, tokens.refresh_token!, { resource: ORDERS });
    // write:orders was unticked at consent.
    expect((await verify(orders.access_token, ORDERS)).scope).toBe('read:orders');
  });

  it('keeps an empty scope claim when the user holds none of the requested permissions', async () => {
    const auth = await authorize(native, { user: 'noah', scope: 'openid read:products', resources: [PRODUCTS] });
    const tokens = await exchange(native, auth, PRODUCTS);
    const payload = await verify(tokens.access_token, PRODUCTS);
    expect(payload.scope).toBe('');
  });

  it('gives an opaque token good for userinfo when the exchange has no resource and asks openid', async () => {
    const auth = await authorize(native, { user: 'ada', scope: 'openid profile email', resources: [PRODUCTS] });
    const tokens = await exchange(native, auth);
    expect(tokens.access_token.split('.')).toHaveLength(1);
    expect(tokens.access_token.length).toBeGreaterThanOrEqual(43);
    const userinfo = await oidc.fetchUserInfo(native, tokens.access_token, 'ada');
    expect(userinfo).toMatchObject({ sub: 'ada', username: 'ada', email: 'ada@tokenscope.test' });
  });

  it('reads resource=a,b at /auth as two resources, as Logto does', async () => {
    const auth = await authorize(native, {
      user: 'ada',
      scope: 'openid read:products read:orders',
      resources: [`${PRODUCTS},${ORDERS}`],
    });
    expect((await verify((await exchange(native, auth, ORDERS)).access_token, ORDERS)).scope).toBe('read:orders');
  });

  it("signs ID tokens with ES384 and advertises Logto's scopes", async () => {
    const auth = await authorize(native, { user: 'vera', scope: 'openid', resources: [PRODUCTS] });
    const tokens = await exchange(native, auth);
    const header = JSON.parse(Buffer.from(tokens.id_token!.split('.')[0]!, 'base64url').toString()) as { alg: string };
    expect(header.alg).toBe('ES384');
    const metadata = native.serverMetadata();
    expect(metadata.scopes_supported).toEqual(
      expect.arrayContaining([
        'openid',
        'offline_access',
        'profile',
        'email',
        'custom_data',
        'roles',
        'urn:logto:scope:organizations',
      ]),
    );
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true);
  });

  it('issues ID tokens as Logto: typ JWT, a correct at_hash, every claim of the granted scopes beside a JWT', async () => {
    const auth = await authorize(native, {
      user: 'ada',
      scope: 'openid profile urn:logto:scope:organizations',
      resources: [PRODUCTS],
    });
    const tokens = await exchange(native, auth, PRODUCTS);
    const { payload, protectedHeader } = await jwtVerify(
      tokens.id_token!,
      createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`)),
      {
        issuer: sandbox.issuer,
        audience: NATIVE,
      },
    );
    expect(protectedHeader).toMatchObject({ alg: 'ES384', typ: 'JWT' });
    // OIDC Core §3.1.3.6: the left half of the SHA-384 of the access token (ES384), base64url.
    const digest = createHash('sha384').update(tokens.access_token).digest();
    expect(payload.at_hash).toBe(digest.subarray(0, 24).toString('base64url'));
    // conformIdTokenClaims off: the profile and organization claims are there although the access token is a JWT.
    expect(payload).toMatchObject({ sub: 'ada', username: 'ada', organizations: expect.any(Array) });
    expect(payload).toHaveProperty('created_at');
  });

  it('applies the default API resource when /auth has no resource', async () => {
    const auth = await authorize(native, { user: 'vera', scope: 'read:products' });
    const tokens = await exchange(native, auth);
    expect(await verify(tokens.access_token, PRODUCTS)).toMatchObject({ aud: PRODUCTS, scope: 'read:products' });
  });

  it('refuses a token-request resource that was not granted at /auth with invalid_target', async () => {
    const auth = await authorize(native, { user: 'vera', scope: 'openid read:products', resources: [PRODUCTS] });
    const error = await exchange(native, auth, ORDERS).catch((e: unknown) => e as oidc.ResponseBodyError);
    expect(error).toMatchObject({ error: 'invalid_target', status: 400 });
  });

  it('answers an unknown resource at /auth with error=invalid_target on the redirect', async () => {
    const auth = await authorize(native, {
      user: 'vera',
      scope: 'openid',
      resources: ['https://unknown.tokenscope.test'],
    });
    expect(auth.callback.searchParams.get('error')).toBe('invalid_target');
    expect(auth.callback.searchParams.get('iss')).toBe(sandbox.issuer);
  });

  it('accepts a loopback redirect on any port for the native app (RFC 8252 §7.3)', async () => {
    const auth = await authorize(native, {
      user: 'vera',
      scope: 'openid',
      resources: [PRODUCTS],
      redirectUri: 'http://127.0.0.1:49152/callback',
    });
    expect(auth.callback.origin).toBe('http://127.0.0.1:49152');
    const tokens = await exchange(native, auth);
    expect(tokens.access_token).toBeTruthy();
  });

  it('requires PKCE S256 from public clients', async () => {
    const noPkce = oidc.buildAuthorizationUrl(native, { redirect_uri: 'tokenscope://callback', scope: 'openid' });
    const refused = new URL((await signIn(noPkce, { user: 'vera' })).callback);
    expect(refused.searchParams.get('error')).toBe('invalid_request');

    const plain = oidc.buildAuthorizationUrl(native, {
      redirect_uri: 'tokenscope://callback',
      scope: 'openid',
      code_challenge: 'a'.repeat(43),
      code_challenge_method: 'plain',
    });
    const refusedPlain = new URL((await signIn(plain, { user: 'vera' })).callback);
    expect(refusedPlain.searchParams.get('error')).toBe('invalid_request');
    expect(refusedPlain.searchParams.get('error_description')).toBe('not supported value of code_challenge_method');
  });
});
