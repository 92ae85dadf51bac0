import { beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { sandboxForFile } from '../support/sandbox-for-file.js';
import { pkceSignIn, WEB_REDIRECT } from '../support/pkce-sign-in.js';
import { sandboxClient } from '../support/sandbox-client.js';
import { failure } from '../support/oauth-assertions.js';

const PRODUCTS = 'https://products.tokenscope.test';

const sandbox = sandboxForFile();
let web: oidc.Configuration;

async function signInWeb(user: string, scope: string, resources: string[] = []) {
  const { callback, verifier } = await pkceSignIn(web, user, { scope, resources, redirectUri: WEB_REDIRECT });
  return oidc.authorizationCodeGrant(web, callback, {
    pkceCodeVerifier: verifier,
    expectedState: oidc.skipStateCheck,
  });
}

beforeAll(async () => {
  web = await sandboxClient(sandbox, 'traditional');
});

describe('sandbox: userinfo', () => {
  it("releases the claims of Logto's claim scopes", async () => {
    const tokens = await signInWeb(
      'ada',
      'openid profile email roles custom_data urn:logto:scope:organizations urn:logto:scope:organization_roles',
      [PRODUCTS],
    );
    const userinfo = await oidc.fetchUserInfo(web, tokens.access_token, 'ada');
    expect(userinfo).toMatchObject({
      sub: 'ada',
      username: 'ada',
      name: 'Ada Admin',
      email: 'ada@tokenscope.test',
      email_verified: true,
      roles: ['Admin'],
      custom_data: {},
      organizations: ['acme'],
      organization_roles: ['acme:admin'],
    });
  });

  it('releases only sub with openid alone', async () => {
    const tokens = await signInWeb('vera', 'openid');
    const userinfo = await oidc.fetchUserInfo(web, tokens.access_token, 'vera');
    expect(Object.keys(userinfo)).toEqual(['sub']);
  });

  it('answers 400 invalid_request without a token', async () => {
    const res = await fetch(`${sandbox.issuer}/me`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request', error_description: 'no access token provided' });
  });

  it('refuses a resource-bound JWT with 401 invalid_token', async () => {
    const access = await signInWebJwt('vera');
    const res = await fetch(`${sandbox.issuer}/me`, { headers: { authorization: `Bearer ${access}` } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
  });
});

async function signInWebJwt(user: string): Promise<string> {
  const { callback, verifier } = await pkceSignIn(web, user, {
    scope: 'openid read:products',
    resources: [PRODUCTS],
    redirectUri: WEB_REDIRECT,
  });
  const tokens = await oidc.authorizationCodeGrant(
    web,
    callback,
    { pkceCodeVerifier: verifier, expectedState: oidc.skipStateCheck },
    { resource: PRODUCTS },
  );
  return tokens.access_token;
}

describe('sandbox: introspection and revocation', () => {
  it('introspects an opaque token, then reports it inactive once revoked', async () => {
    const tokens = await signInWeb('eddie', 'openid profile');
    const active = await oidc.tokenIntrospection(web, tokens.access_token);
    expect(active).toMatchObject({ active: true, sub: 'eddie', client_id: 'tokenscope-web' });
    await oidc.tokenRevocation(web, tokens.access_token);
    expect((await oidc.tokenIntrospection(web, tokens.access_token)).active).toBe(false);
  });

  it('refuses to introspect a JWT access token with unsupported_token_type', async () => {
    const jwt = await signInWebJwt('eddie');
    const error = await failure(oidc.tokenIntrospection(web, jwt));
    expect(error).toMatchObject({ status: 400, error: 'unsupported_token_type' });
  });
});
