import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { FlowResult } from '../../shared/contract/flow.js';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { startAppWithSandbox, type AppWithSandbox } from '../support/app-with-sandbox.js';
import { NATIVE_CLIENT } from '../support/engine-with-sandbox.js';
import { verifyAccessToken } from '../support/oauth-assertions.js';
import { loadOidcProvider } from '../../electron/services/sandbox/provider/load-oidc-provider.js';
import type { DeviceStart } from '../../electron/services/flows/flow-engine.js';
import { DEVICE_CODE_GRANT } from '../../shared/oauth/grant-types.js';
import { confirmDeviceCode } from './sandbox-device-sign-in.js';

const PRODUCTS = 'https://products.tokenscope.test';
const noChromium = chromiumMissingReason();

let app: AppWithSandbox;

beforeAll(async () => {
  app = await startAppWithSandbox('device-code');
});

afterAll(() => app?.close());

function waiting(value: DeviceStart | FlowResult): DeviceStart {
  if ('ok' in value) throw new Error(`the device flow did not start: ${JSON.stringify(value)}`);
  return value;
}

/** The native app's device flow for products (read:products), started at the sandbox through the engine. */
async function startProductsDevice(): Promise<DeviceStart> {
  return waiting(
    await app.flows.startDeviceAuthorization({
      issuer: app.sandbox.issuer,
      client: NATIVE_CLIENT,
      resources: [PRODUCTS],
      scope: 'read:products',
    }),
  );
}

/** The result the engine's background polling ends with (RFC 8628 §3.4); the default interval is 5 s. */
async function polled(deviceId: string): Promise<FlowResult> {
  const result = await app.flows.awaitAuthorization(deviceId, 25_000);
  if (!result || result === 'pending') throw new Error(`polling did not end: ${String(result)}`);
  return result;
}

describe('device authorization (RFC 8628) against the sandbox', () => {
  it('is advertised as Logto does: /oidc/device/auth and the device_code grant', async () => {
    const metadata = await (await fetch(`${app.sandbox.issuer}/.well-known/openid-configuration`)).json();
    expect(metadata.device_authorization_endpoint).toBe(`${app.sandbox.issuer}/device/auth`);
    expect(metadata.grant_types_supported).toContain(DEVICE_CODE_GRANT);
  });

  describe.skipIf(noChromium)(
    `the user confirms in Chromium${noChromium ? ` (skipped: ${noChromium})` : ''}`,
    { timeout: 60_000 },
    () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchChromium();
      }, 60_000);
      afterAll(() => browser?.close());

      it("through the contract: code shown, confirmed and signed in on the sandbox pages, token cut to the user's roles", async () => {
        const started = await app.api.startDeviceAuthorization({
          connectionId: 'sandbox',
          clientId: NATIVE_CLIENT.clientId,
          resources: [PRODUCTS],
          scope: 'read:products write:products delete:products',
        });
        if (started.status !== 'waiting') throw new Error(`the device flow did not start: ${JSON.stringify(started)}`);
        expect(started.verificationUri).toBe(`${app.sandbox.issuer}/device`);
        expect(started.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);

        const page = await browser.newPage();
        // verification_uri_complete carries the code (RFC 8628 §3.3.1): the user only checks and confirms it.
        await page.goto(started.verificationUriComplete!);
        await expect(page.locator('code.user-code').textContent()).resolves.toBe(started.userCode);
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.locator('button.user[value="eddie"]').click();
        await page.getByRole('button', { name: 'Authorize' }).click();
        await expect(page.locator('h1').textContent()).resolves.toBe('Device signed in');
        await page.close();

        let done: Awaited<ReturnType<typeof app.api.awaitAuthorization>>;
        do done = await app.api.awaitAuthorization({ state: started.deviceId });
        while (done.status === 'waiting');
        if (done.status !== 'done' || !done.result.ok) throw new Error(`expected a token: ${JSON.stringify(done)}`);
        const { result } = done;
        expect(result.grant).toBe('device_code');
        // Same rules as the code flow: JWT for the resource, ES384 at+jwt, requested ∩ Eddie's editor permissions.
        expect(result.accessToken).toMatchObject({ kind: 'jwt', header: { alg: 'ES384', typ: 'at+jwt' } });
        const raw = String((await app.api.revealRun({ runId: result.runId! })).tokenResponse!.access_token);
        const payload = await verifyAccessToken(app.sandbox.issuer, raw, PRODUCTS);
        expect(payload).toMatchObject({
          sub: 'eddie',
          client_id: NATIVE_CLIENT.clientId,
          scope: 'read:products write:products',
        });

        const steps = result.timeline.map((e) => e.step);
        expect(steps.slice(0, 3)).toEqual(['discovery', 'device authorization', 'user confirms the code']);
        expect(result.timeline[2]).toMatchObject({ via: 'browser', url: expect.stringMatching(/\/oidc\/device$/) });
        expect(steps).toContain('token (polling)');
        const device = result.timeline.find((e) => e.step === 'device authorization')!;
        expect(JSON.parse(device.responseBody!).device_code).toContain('•');
        for (const poll of result.timeline.filter((e) => e.step === 'token (polling)')) {
          expect(new URLSearchParams(poll.requestBody).get('device_code')).toContain('•');
        }
      });

      it('a wrong code is told on the page, and the right one still works after it', async () => {
        const started = await startProductsDevice();
        const page = await browser.newPage();
        await page.goto(started.verificationUri);
        await page.locator('input[name=user_code]').fill('BCDF-GHJK');
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.getByRole('alert').textContent()).resolves.toMatch(
          /"BCDF-GHJK" is not a code this sandbox handed out/,
        );
        await page.locator('input[name=user_code]').fill(started.userCode.toLowerCase().replace('-', ''));
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.locator('button.user[value="vera"]').click();
        await page.getByRole('button', { name: 'Authorize' }).click();
        await expect(page.locator('h1').textContent()).resolves.toBe('Device signed in');
        await page.close();
        const result = await polled(started.deviceId);
        if (!result.ok) throw new Error(`expected a token: ${JSON.stringify(result.error)}`);
        expect(result.accessToken).toMatchObject({ payload: { sub: 'vera', aud: PRODUCTS, scope: 'read:products' } });
      });
    },
  );

  describe('the user refuses, over HTTP as a browser would', () => {
    it.each([
      ['confirm', 'Deny on the code page'],
      ['sign-in', 'Cancel on the sign-in page'],
    ] as const)(
      'refused at %s (%s): the next poll gets access_denied, explained',
      async (refuseAt, _how) => {
        const started = await startProductsDevice();
        const { finalPage } = await confirmDeviceCode(started.verificationUri, started.userCode, {
          user: 'vera',
          refuseAt,
        });
        expect(finalPage).toContain('You denied the request. The device is told access_denied');
        const result = await polled(started.deviceId);
        if (result.ok) throw new Error('expected a refusal');
        expect(result.error).toMatchObject({
          error: 'access_denied',
          errorDescription: 'End-User aborted interaction',
        });
        expect(result.error.explanation).toContain('End-User aborted interaction');
        // RFC 8628 §3.5: the user's refusal on the device pages, not a missing organization membership.
        expect(result.error.explanation).toMatch(/Deny on the device confirmation page or cancelled the sign-in/);
        expect(result.error.explanation).not.toMatch(/organization/i);
        expect(result.error.fix).toMatch(/^Start the device flow again.*choose Continue/);
      },
      30_000,
    );

    it('a used code cannot be confirmed twice', async () => {
      const started = await startProductsDevice();
      await confirmDeviceCode(started.verificationUri, started.userCode, { user: 'ada' });
      const again = await confirmDeviceCode(started.verificationUri, started.userCode, { user: 'vera' });
      expect(again.finalPage).toContain('This code was already used');
      const result = await polled(started.deviceId);
      expect(result.ok && result.accessToken).toMatchObject({ payload: { sub: 'ada' } });
    }, 30_000);
  });

  it('stops polling when the user stops waiting: the run ends at once, cancelled', async () => {
    const started = await app.api.startDeviceAuthorization({
      connectionId: 'sandbox',
      clientId: NATIVE_CLIENT.clientId,
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    if (started.status !== 'waiting') throw new Error(JSON.stringify(started));
    expect(await app.api.cancelAuthorization({ state: started.deviceId })).toEqual({ cancelled: true });
    const begun = Date.now();
    const answer = await app.api.awaitAuthorization({ state: started.deviceId });
    expect(Date.now() - begun).toBeLessThan(3_000);
    expect(answer).toMatchObject({
      status: 'done',
      result: { ok: false, error: { error: 'cancelled', explanation: expect.stringMatching(/stopped polling/) } },
    });
    expect(await app.api.cancelAuthorization({ state: started.deviceId })).toEqual({ cancelled: false });
  });

  it('an app type without the device flow is refused at the device authorization endpoint, explained', async () => {
    const result = await app.flows.startDeviceAuthorization({
      issuer: app.sandbox.issuer,
      client: { clientId: 'tokenscope-spa', authMethod: 'none' },
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    if (!('ok' in result) || result.ok) throw new Error(`expected a refusal: ${JSON.stringify(result)}`);
    expect(result.error).toMatchObject({ error: 'invalid_request', status: 400 });
    expect(result.error.errorDescription).toContain(`${DEVICE_CODE_GRANT} is not allowed for this client`);
    expect(result.error.explanation).toContain(DEVICE_CODE_GRANT);
  });
});

// The one path the sandbox cannot show: a server without RFC 8628. A plain oidc-provider with deviceFlow off (its
// default) on loopback plays it.
describe('a server without the device flow', () => {
  let server: Server;
  let issuer: string;

  beforeAll(async () => {
    const { default: Provider } = await loadOidcProvider();
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        { client_id: 'tv-app', token_endpoint_auth_method: 'none', redirect_uris: ['http://127.0.0.1/callback'] },
      ],
      features: { devInteractions: { enabled: false } },
    });
    server.on('request', provider.callback());
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('is told before any device request is sent, with what to use instead', async () => {
    const result = await app.flows.startDeviceAuthorization({
      issuer,
      client: { clientId: 'tv-app', authMethod: 'none' },
      resources: [],
      scope: 'openid',
    });
    if (!('ok' in result) || result.ok) throw new Error(`expected a refusal: ${JSON.stringify(result)}`);
    expect(result.error.error).toBe('device_flow_unsupported');
    expect(result.error.explanation).toMatch(/no device_authorization_endpoint/);
    expect(result.timeline.map((e) => e.step)).toEqual(['discovery']);
  });
});
