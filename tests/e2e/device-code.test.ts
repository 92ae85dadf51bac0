import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';

const PRODUCTS_API = 'https://products.tokenscope.test';

// Issue 4, device authorization (RFC 8628) from the request view: the code is shown, the user confirms it on the
// sandbox's own pages in another tab, and the polling run ends with a token cut to her roles.
describeWithApp(
  'the device flow from the request view',
  {
    setup: async ({ page }) => {
      await page.getByTestId('connection-sandbox').waitFor();
      await page.getByTestId('grant-device_code').click();
    },
  },
  (app) => {
    it('shows a user code, which eddie confirms in another tab; the run gets his token', async () => {
      const { page } = app;
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
      await expect.poll(() => other.locator('h1').textContent()).toBe('Device signed in');
      await other.close();

      const run = page.locator('[data-testid="flow-run"][data-grant="device_code"]');
      await run.waitFor({ timeout: 20_000 });
      await expect.poll(() => run.getAttribute('data-ok')).toBe('true');
      const payload = JSON.parse((await run.getByTestId('token-payload').textContent())!);
      // Eddie is an editor: delete:products is dropped silently, as Logto does.
      expect(payload).toMatchObject({ sub: 'eddie', aud: PRODUCTS_API, scope: 'read:products write:products' });
      await expect.poll(() => page.getByTestId('device-pending').count()).toBe(0);
    });

    it('stops waiting on request, and a denied code ends the run with the reason', async () => {
      const { page } = app;
      await page.getByTestId('device-start').click();
      await page.getByTestId('device-user-code').waitFor();
      await page.getByTestId('device-stop').click();
      await expect.poll(() => page.getByTestId('device-pending').count()).toBe(0);

      await page.getByTestId('device-start').click();
      const href = (await page.getByTestId('device-open-complete').getAttribute('href'))!;
      const other = await app.browser.newPage();
      await other.goto(href);
      await other.getByRole('button', { name: 'Deny' }).click();
      await other.close();
      const denied = page.locator('[data-testid="flow-run"][data-grant="device_code"][data-ok="false"]');
      await denied.waitFor({ timeout: 20_000 });
      await expect.poll(() => denied.textContent()).toMatch(/access_denied/);
    });
  },
);
