import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { defaultWorld, startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { TOKEN_EXCHANGE_GRANT as TOKEN_EXCHANGE } from '../../shared/oauth/grant-types.js';
import { PAT_TOKEN_TYPE } from '../../shared/oauth/token-types.js';
import { failure } from '../support/oauth-assertions.js';
import { pkceSignIn, WEB_REDIRECT } from '../support/pkce-sign-in.js';
import { sandboxClient } from '../support/sandbox-client.js';

const PRODUCTS = 'https://products.tokenscope.test';
const EXPIRED_PAT = 'pat_ExpiredSandboxTokenForTests00001';

let sandbox: SandboxHandle;
let web: oidc.Configuration;
let m2m: oidc.Configuration;
let eddiePat: string;

const client = (kind: 'traditional' | 'm2m') => sandboxClient(sandbox, kind);

function exchange(config: oidc.Configuration, subjectToken: string, extra: Record<string, string> = {}) {
  return oidc.genericGrantRequest(config, TOKEN_EXCHANGE, {
    subject_token: subjectToken,
    subject_token_type: PAT_TOKEN_TYPE,
    ...extra,
  });
}

beforeAll(async () => {
  const world = defaultWorld();
  world.users.find((u) => u.id === 'ada')!.personalAccessTokens = [
    { name: 'old', value: EXPIRED_PAT, expiresAt: '2020-01-01T00:00:00Z' },
  ];
  sandbox = await startSandbox({ world });
  eddiePat = world.users.find((u) => u.id === 'eddie')!.personalAccessTokens![0]!.value;
  web = await client('traditional');
  m2m = await client('m2m');
});

afterAll(async () => {
  await sandbox?.close();
});

describe('sandbox: personal access token exchange', () => {
  it('acts as the user: sub = user, scopes = requested ∩ user roles, nothing but the access token', async () => {
    const tokens = await exchange(web, eddiePat, {
      resource: PRODUCTS,
      scope: 'read:products write:products delete:products',
    });
    const jwks = createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`));
    const { payload } = await jwtVerify(tokens.access_token, jwks, {
      issuer: sandbox.issuer,
      audience: PRODUCTS,
      typ: 'at+jwt',
    });
    expect(payload).toMatchObject({ sub: 'eddie', client_id: 'tokenscope-web', scope: 'read:products write:products' });
    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.id_token).toBeUndefined();
    expect(Object.keys(tokens).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type']);
  });

  it('gives an opaque token with scope "" without resource (no default API here)', async () => {
    const tokens = await exchange(web, eddiePat);
    expect(tokens.access_token.split('.')).toHaveLength(1);
    expect(tokens.scope).toBe('');
  });

  it('refuses apps without token exchange switched on', async () => {
    const error = await failure(exchange(m2m, eddiePat, { resource: PRODUCTS }));
    expect(error).toMatchObject({
      status: 400,
      error: 'invalid_request',
      error_description: 'requested grant type is not allowed for this client',
    });
  });

  it('answers invalid_grant for an unknown or expired PAT', async () => {
    for (const pat of ['pat_NoSuchTokenInThisWorld000000001', EXPIRED_PAT]) {
      const error = await failure(exchange(web, pat, { resource: PRODUCTS }));
      expect(error).toMatchObject({
        status: 400,
        error: 'invalid_grant',
        error_description: 'grant request is invalid',
      });
    }
  });
});

describe('sandbox: personal access token exchange for an organization', () => {
  it("gives an organization token from the user's organization roles", async () => {
    const tokens = await exchange(web, eddiePat, {
      organization_id: 'acme',
      resource: PRODUCTS,
      scope: 'read:products write:products',
    });
    const jwks = createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`));
    const { payload } = await jwtVerify(tokens.access_token, jwks, { issuer: sandbox.issuer, audience: PRODUCTS });
    expect(payload).toMatchObject({ sub: 'eddie', organization_id: 'acme', scope: 'read:products' });
  });
});

describe('sandbox: personal access token exchange with an actor', () => {
  it('adds act: { sub } naming who acts for the user (RFC 8693 §4.1)', async () => {
    const { callback, verifier } = await pkceSignIn(web, 'ada', {
      scope: 'openid',
      resources: [],
      redirectUri: WEB_REDIRECT,
    });
    const ada = await oidc.authorizationCodeGrant(web, callback, {
      pkceCodeVerifier: verifier,
      expectedState: oidc.skipStateCheck,
    });

    const tokens = await exchange(web, eddiePat, {
      resource: PRODUCTS,
      scope: 'read:products',
      actor_token: ada.access_token,
      actor_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    });
    const jwks = createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`));
    const { payload } = await jwtVerify(tokens.access_token, jwks, { issuer: sandbox.issuer, audience: PRODUCTS });
    expect(payload).toMatchObject({ sub: 'eddie', act: { sub: 'ada' }, scope: 'read:products' });

    const bad = await failure(
      exchange(web, eddiePat, {
        resource: PRODUCTS,
        actor_token: 'nope',
        actor_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      }),
    );
    expect(bad.error).toBe('invalid_grant');
  });
});

describe("sandbox: exchanging a user's access token", () => {
  it("accepts a user's access token as the subject, and refuses an M2M token (it acts for no user)", async () => {
    const { callback, verifier } = await pkceSignIn(web, 'ada', {
      scope: 'openid read:orders',
      resources: ['https://orders.tokenscope.test'],
      redirectUri: WEB_REDIRECT,
    });
    const ada = await oidc.authorizationCodeGrant(
      web,
      callback,
      { pkceCodeVerifier: verifier, expectedState: oidc.skipStateCheck },
      { resource: 'https://orders.tokenscope.test' },
    );

    const accessTokenType = { subject_token_type: 'urn:ietf:params:oauth:token-type:access_token' };
    const tokens = await exchange(web, ada.access_token, {
      ...accessTokenType,
      resource: PRODUCTS,
      scope: 'delete:products',
    });
    const payload = JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(payload).toMatchObject({ sub: 'ada', aud: PRODUCTS, scope: 'delete:products' });

    const m2mToken = (await oidc.clientCredentialsGrant(m2m, { resource: PRODUCTS })).access_token;
    const refused = await failure(exchange(web, m2mToken, { ...accessTokenType, resource: PRODUCTS }));
    expect(refused.error).toBe('invalid_grant');
  });
});
