import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';

const noChromium = chromiumMissingReason();
const PRODUCTS_API = 'https://products.tokenscope.test';

// Issue 4, device authorization (RFC 8628) from the request view: the code is shown, the user confirms it on the
// sandbox's own pages in another tab, and the polling run ends with a token cut to her roles.
describe.skipIf(noChromium)(
  `the device flow from the request view${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;

    beforeAll(async () => {
      app = await openApp();
      page = app.page;
      await page.getByTestId('connection-sandbox').waitFor();
      await page.getByTestId('grant-device_code').click();
    });
    afterAll(() => app?.close());

    it('shows a user code, which eddie confirms in another tab; the run gets his token', async () => {
      expect(await page.getByTestId('device-client').inputValue()).toBe('tokenscope-native');
      await page.getByTestId('device-resource').selectOption(PRODUCTS_API);
      await page.getByTestId('device-scope').fill('openid read:products write:products delete:products');
      await page.getByTestId('device-scope').press('Enter');
      const code = (await page.getByTestId('device-user-code').textContent())!;
      expect(code).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);

      const other = await app.browser.newPage();
      await other.goto((await page.getByTestId('device-open-complete').getAttribute('href'))!);
      expect(await other.locator('code.user-code').textContent()).toBe(code);
      await other.getByRole('button', { name: 'Continue' }).click();
      await other.locator('button.user[value="eddie"]').click();
      await other.getByRole('button', { name: 'Authorize' }).click();
      expect(await other.locator('h1').textContent()).toBe('Device signed in');
      await other.close();

      const run = page.locator('[data-testid="flow-run"][data-grant="device_code"]');
      await run.waitFor({ timeout: 20_000 });
      expect(await run.getAttribute('data-ok')).toBe('true');
      const payload = JSON.parse((await run.getByTestId('token-payload').textContent())!);
      // Eddie is an editor: delete:products is dropped silently, as Logto does.
      expect(payload).toMatchObject({ sub: 'eddie', aud: PRODUCTS_API, scope: 'read:products write:products' });
      expect(await page.getByTestId('device-pending').count()).toBe(0);
    });

    it('stops waiting on request, and a denied code ends the run with the reason', async () => {
      await page.getByTestId('device-start').click();
      await page.getByTestId('device-user-code').waitFor();
      await page.getByTestId('device-stop').click();
      expect(await page.getByTestId('device-pending').count()).toBe(0);

      await page.getByTestId('device-start').click();
      const href = (await page.getByTestId('device-open-complete').getAttribute('href'))!;
      const other = await app.browser.newPage();
      await other.goto(href);
      await other.getByRole('button', { name: 'Deny' }).click();
      await other.close();
      const denied = page.locator('[data-testid="flow-run"][data-grant="device_code"][data-ok="false"]');
      await denied.waitFor({ timeout: 20_000 });
      expect(await denied.textContent()).toMatch(/access_denied/);
    });
  },
);
