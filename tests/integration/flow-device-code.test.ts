import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { loadOidcProvider } from '../../electron/services/sandbox/load-oidc-provider.js';
import { runDeviceCode } from '../../electron/services/flows/device-code.js';
import { FlowEngine } from '../../electron/services/flows/flow-engine.js';

const noChromium = chromiumMissingReason();

// The sandbox follows Logto, which has no device flow in the versions it models; RFC 8628 is checked here against a
// plain oidc-provider with deviceFlow on (a real server on loopback, its own dev sign-in pages), driven by Chromium.
describe.skipIf(noChromium)(`device authorization (RFC 8628)${noChromium ? ` (skipped: ${noChromium})` : ''}`, { timeout: 60_000 }, () => {
  let server: Server;
  let issuer: string;
  let browser: Browser;

  beforeAll(async () => {
    const { default: Provider } = await loadOidcProvider();
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [{ client_id: 'tv-app', token_endpoint_auth_method: 'none', grant_types: ['urn:ietf:params:oauth:grant-type:device_code'], response_types: [], redirect_uris: [] }],
      features: { deviceFlow: { enabled: true }, devInteractions: { enabled: true } },
      async findAccount(_ctx: unknown, sub: string) {
        return { accountId: sub, claims: async () => ({ sub }) };
      },
    });
    server.on('request', provider.callback());
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  /** What the user does on another device: type the code, confirm, sign in (oidc-provider's development pages). */
  async function confirmInBrowser(prompt: { userCode: string; verificationUri: string }, user: string): Promise<void> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(prompt.verificationUri);
    await page.locator('input[name=user_code]').fill(prompt.userCode);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('button[autofocus]').click();
    await page.locator('input[name=login]').fill(user);
    await page.locator('input[name=password]').fill('anything');
    await page.locator('.login-submit').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForLoadState();
    await context.close();
  }

  it('shows the user code, the user confirms in a browser, polling gets the token', async () => {
    const prompts: { userCode: string; verificationUri: string }[] = [];
    let signedIn: Promise<void> | undefined;
    // If the browser part fails, stop polling instead of waiting out the 10-minute device code.
    const abort = new AbortController();
    const result = await runDeviceCode({
      signal: abort.signal,
      issuer,
      client: { clientId: 'tv-app', authMethod: 'none' },
      resources: [],
      scope: 'openid',
      onUserCode: (prompt) => {
        prompts.push(prompt);
        signedIn = (async () => {
          await confirmInBrowser(prompt, 'alice');
        })().catch((error: Error) => {
          abort.abort(error);
          throw error;
        });
      },
    });
    await signedIn;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(prompts[0]!.userCode).toMatch(/\w{4}-?\w{4}/);
    expect(result.grant).toBe('device_code');
    expect(result.tokenResponse.id_token).toBeTruthy();
    const steps = result.timeline.map((e) => e.step);
    expect(steps[0]).toBe('discovery');
    expect(steps).toContain('device authorization');
    expect(steps.filter((s) => s === 'token (polling)').length).toBeGreaterThanOrEqual(1);
    const device = result.timeline.find((e) => e.step === 'device authorization')!;
    expect(JSON.parse(device.responseBody!).device_code).toContain('•');
  });

  it('through the engine: the user code first, the token when awaited', async () => {
    const engine = new FlowEngine();
    const started = await engine.startDeviceAuthorization({ issuer, client: { clientId: 'tv-app', authMethod: 'none' }, resources: [], scope: 'openid' });
    if ('ok' in started) throw new Error(JSON.stringify(started));
    expect(started.deviceId).toMatch(/^device-/);
    await confirmInBrowser(started, 'bob');
    const result = await engine.awaitAuthorization(started.deviceId, 30_000);
    if (!result || result === 'pending' || !result.ok) throw new Error(JSON.stringify(result));
    expect(result.grant).toBe('device_code');
  });
});
