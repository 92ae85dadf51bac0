import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { FlowEngine } from '../../electron/services/flows/flow-engine.js';

const PRODUCTS = 'https://products.tokenscope.test';
const noChromium = chromiumMissingReason();

// The system-browser sign-in as a user does it: a real Chromium signs in on the sandbox's pages and is redirected to
// Tokenscope's loopback listener (RFC 8252 §7.3), which finishes the flow.
describe.skipIf(noChromium)(
  `sign-in in Chromium, back on loopback${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  { timeout: 60_000 },
  () => {
    let sandbox: SandboxHandle;
    let engine: FlowEngine;
    let browser: Browser;

    beforeAll(async () => {
      sandbox = await startSandbox({ port: 0 });
      engine = new FlowEngine();
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await engine?.close();
      await sandbox?.close();
    });

    /** Starts the native app's sign-in for the products API over loopback, its sign-in page open in Chromium. */
    async function signInPageOpened(request: { scope: string; tokenResource?: string }) {
      const start = await engine.startAuthorization({
        issuer: sandbox.issuer,
        client: { clientId: 'tokenscope-native', authMethod: 'none' },
        redirect: 'loopback',
        resources: [PRODUCTS],
        ...request,
      });
      if ('ok' in start) throw new Error(JSON.stringify(start));
      const waiting = engine.awaitAuthorization(start.state, 45_000);
      const page = await browser.newPage();
      await page.goto(start.authorizationUrl);
      return { start, waiting, page };
    }

    it('signs in, consents, lands on the loopback page, and the flow has its token', async () => {
      const { start, waiting, page } = await signInPageOpened({
        scope: 'openid read:products',
        tokenResource: PRODUCTS,
      });
      await page.locator('button.user[value="eddie"]').click();
      await page.getByRole('button', { name: 'Authorize' }).click();
      await page.waitForURL((url) => url.href.startsWith(start.redirectUri));
      await expect(page.locator('h1').textContent()).resolves.toBe('Back to Tokenscope');

      const result = await waiting;
      if (!result || result === 'pending' || !result.ok) throw new Error(`expected a token: ${JSON.stringify(result)}`);
      expect(result.accessToken).toMatchObject({ payload: { sub: 'eddie', aud: PRODUCTS } });

      // The same redirect again (reload) is refused: one-shot.
      await page.reload();
      await expect(page.locator('h1').textContent()).resolves.toBe('Redirect refused');

      // RP-initiated logout in the same browser, back on the loopback listener.
      await page.goto(await engine.endSessionUrl(result.runId!, 'loopback'));
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/signed-out');
      await expect(page.locator('h1').textContent()).resolves.toBe('Signed out');
      await page.close();
    });

    it('a cancelled sign-in comes back as access_denied, explained', async () => {
      const { start, waiting, page } = await signInPageOpened({ scope: 'read:products' });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.waitForURL((url) => url.href.startsWith(start.redirectUri));
      const result = await waiting;
      if (!result || result === 'pending' || result.ok)
        throw new Error(`expected a refusal: ${JSON.stringify(result)}`);
      expect(result.error.error).toBe('access_denied');
      expect(result.error.fix).toMatch(/Start the sign-in again/);
      await page.close();
    });
  },
);
