import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';

const PRODUCTS = 'https://products.tokenscope.test';

let sandbox: SandboxHandle;
let browser: Browser;
let callbackServer: Server;
let callbackUrl: string;
const received: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox();
  // A native app's loopback redirect (RFC 8252 §7.3): whatever port it got, the registered http://127.0.0.1/callback matches.
  callbackServer = createServer((req, res) => {
    // Browsers also ask for /favicon.ico: keep only the redirect itself.
    if (req.url?.startsWith('/callback?')) received.push(`${callbackUrl.replace(/\/callback$/, '')}${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Signed in. You can close this window.');
  });
  await new Promise<void>((resolve) => callbackServer.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(callbackServer.address() as AddressInfo).port}/callback`;
  if (!chromiumMissingReason()) browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => callbackServer?.close(resolve));
  await sandbox?.close();
});

describe.skipIf(chromiumMissingReason())('sandbox sign-in in a real browser', () => {
  it('signs in as a listed user, consents per resource, and returns to the loopback redirect', async () => {
    const native = await oidc.discovery(new URL(sandbox.issuer), 'tokenscope-native', undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(native, {
      redirect_uri: callbackUrl,
      scope: 'openid profile read:products write:products',
      resource: PRODUCTS,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    });

    const page = await browser.newPage();
    await page.goto(url.href);
    expect(await page.locator('.banner').textContent()).toContain('Tokenscope sandbox');
    await page.getByRole('button', { name: /Vera Viewer/ }).click();
    await page.getByRole('heading', { name: /asks for access/ }).waitFor();
    expect(await page.getByText('write:products').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Authorize' }).click();
    await page.waitForURL(/\/callback\?/);
    await page.close();

    const tokens = await oidc.authorizationCodeGrant(
      native,
      new URL(received.at(-1)!),
      { pkceCodeVerifier: verifier, expectedState: state },
      { resource: PRODUCTS },
    );
    const jwks = createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`));
    const { payload } = await jwtVerify(tokens.access_token, jwks, { issuer: sandbox.issuer, audience: PRODUCTS });
    // Vera is a viewer: write:products was consented to but her role does not grant it.
    expect(payload).toMatchObject({ sub: 'vera', scope: 'read:products' });
    expect(tokens.claims()).toMatchObject({ sub: 'vera', username: 'vera' });
  });
});
