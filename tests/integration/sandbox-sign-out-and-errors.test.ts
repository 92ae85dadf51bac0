import { beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { sandboxForFile } from '../support/sandbox-for-file.js';
import { pkceSignIn } from '../support/pkce-sign-in.js';
import { sandboxClient } from '../support/sandbox-client.js';
import { cookieHeader } from './sandbox-sign-in.js';

const sandbox = sandboxForFile();
let native: oidc.Configuration;

beforeAll(async () => {
  native = await sandboxClient(sandbox, 'tokenscope-native');
});

describe('sandbox: sign-out and errors shown in the browser', () => {
  it('signs out after a confirmation page of its own, then returns to the registered post-logout redirect', async () => {
    const cookies = new Map<string, string>();
    const { callback, verifier } = await pkceSignIn(native, 'vera', { scope: 'openid', resources: [], cookies });
    const tokens = await oidc.authorizationCodeGrant(native, callback, {
      pkceCodeVerifier: verifier,
      expectedState: oidc.skipStateCheck,
    });

    const endUrl = oidc.buildEndSessionUrl(native, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: 'tokenscope://signed-out',
    });
    const confirm = await fetch(endUrl, { headers: { cookie: cookieHeader(cookies) } });
    const html = await confirm.text();
    expect(html).toContain('Sign out of the sandbox?');
    expect(html).not.toContain('fonts.googleapis.com');
    const action = /action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const done = await fetch(action, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(cookies), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toMatch(/^tokenscope:\/\/signed-out/);
  });

  it('explains an unregistered redirect_uri on a page of its own, with the fix', async () => {
    const url = oidc.buildAuthorizationUrl(native, {
      redirect_uri: 'https://evil.example/callback',
      scope: 'openid',
      code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('invalid_redirect_uri');
    expect(html).toContain('redirectUris in the world file');
    expect(html).toContain('Tokenscope sandbox');
  });
});
