import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { signIn } from './sandbox-sign-in.js';

let sandbox: SandboxHandle;
let native: oidc.Configuration;

beforeAll(async () => {
  sandbox = await startSandbox();
  native = await oidc.discovery(new URL(sandbox.issuer), 'tokenscope-native', undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
});

afterAll(async () => {
  await sandbox?.close();
});

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

describe('sandbox: sign-out and errors shown in the browser', () => {
  it('signs out after a confirmation page of its own, then returns to the registered post-logout redirect', async () => {
    const cookies = new Map<string, string>();
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(native, {
      redirect_uri: 'tokenscope://callback',
      scope: 'openid',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const { callback } = await signIn(url, { user: 'vera', cookies });
    const tokens = await oidc.authorizationCodeGrant(native, new URL(callback), {
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
