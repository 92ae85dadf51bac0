import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { addChip } from '../support/app-page.js';

const noChromium = chromiumMissingReason();
const PRODUCTS_API = 'https://products.tokenscope.test';

// Issue 4 and 6 end to end: a user signs in in a second tab, the redirect comes back on loopback, and her token
// is compared with an M2M token against the same API call.
describe.skipIf(noChromium)(
  `sign in as the admin, then delete with her token and with the M2M app's${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;
    let productsUrl: string;

    beforeAll(async () => {
      app = await openApp();
      page = app.page;
      productsUrl = `${app.web.ready.issuer.replace(/\/oidc$/, '')}/sample-api/products`;
    });

    afterAll(async () => {
      await app?.close();
    });

    it('signs in through the sandbox in a second tab and comes back on the loopback redirect', async () => {
      await page.getByTestId('grant-authorization_code').click();
      await addChip(page, 'auth-resources', PRODUCTS_API);
      await addChip(page, 'auth-scopes', 'read:products');
      await addChip(page, 'auth-scopes', 'delete:products');
      await page.getByTestId('token-resource').selectOption(PRODUCTS_API);

      const signInTab = page.context().waitForEvent('page');
      await page.getByTestId('sign-in').click();
      const tab = await signInTab;
      await tab.waitForLoadState();
      expect(new URL(tab.url()).origin).toBe(new URL(app.web.ready.issuer).origin); // the sandbox's sign-in page
      await tab.locator('button.user[value="ada"]').click();
      await tab.getByRole('button', { name: 'Authorize' }).click();
      await tab.waitForURL((url) => url.hostname === '127.0.0.1' && url.pathname === '/callback');
      expect(await tab.locator('h1').textContent()).toBe('Back to Tokenscope');
      await tab.close();

      const run = page.locator('[data-testid="flow-run"][data-grant="authorization_code"]');
      await run.waitFor();
      expect(await run.getAttribute('data-ok')).toBe('true');
    });

    it("deletes a product with the admin's token", async () => {
      await page.keyboard.press('Alt+4');
      await page.getByTestId('replay-view').waitFor();
      await page.getByTestId('replay-method').selectOption('DELETE');
      await page.getByTestId('replay-url').fill(`${productsUrl}/p-1`);
      const labels = await page.getByTestId('replay-session-token').locator('option').allTextContents();
      const signIn = labels.findIndex((label) => label === 'Sign-in · access token');
      expect(signIn, labels.join(' | ')).toBeGreaterThan(0);
      await page.getByTestId('replay-session-token').selectOption({ index: signIn });
      await page.getByTestId('replay-send').click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="replay-response"]')?.getAttribute('data-status'),
      );
      const status = Number(await page.getByTestId('replay-response').getAttribute('data-status'));
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(300);
    });

    it("re-sends the same call with the M2M app's token: 403, side by side with the admin's answer", async () => {
      await page.keyboard.press('Alt+1');
      await page.getByTestId('grant-client_credentials').click();
      await page.getByTestId(`resource-${PRODUCTS_API}`).check();
      await page.getByTestId('scope-read:products').check();
      await page.getByTestId('scope-delete:products').check();
      await page.getByTestId('run').click();
      // Every grant's run shows in one run view: wait for this one, not the sign-in still shown.
      await page
        .locator('[data-testid="flow-run"][data-grant="client_credentials"]')
        .getByTestId('flow-result')
        .waitFor();

      await page.keyboard.press('Alt+4');
      await page.getByTestId('replay-use-flow-token').click();
      await page.getByTestId('replay-resend').click();
      await page.getByTestId('replay-diff').waitFor();
      expect(await page.getByTestId('replay-diff-status').textContent()).toMatch(/20\d.*403/);
      expect(await page.getByTestId('replay-diff').getAttribute('data-same')).toBe('false');
    });
  },
);
