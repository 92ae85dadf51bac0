import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';

const noChromium = chromiumMissingReason();
const PRODUCTS_API = 'https://products.tokenscope.test';

// Issue 4: pushed authorization requests (RFC 9126) and DPoP (RFC 9449) are a tick away in the request view.
describe.skipIf(noChromium)(
  `PAR and DPoP from the request view${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;

    beforeAll(async () => {
      app = await openApp();
      page = app.page;
      await page.getByTestId('connection-sandbox').waitFor();
    });
    afterAll(() => app?.close());

    it('signs in with a pushed request and a DPoP-bound token: the browser sees only request_uri', async () => {
      await page.getByTestId('grant-authorization_code').click();
      await page.getByTestId('auth-resources-input').fill(PRODUCTS_API);
      await page.getByTestId('auth-resources-input').press('Enter');
      await page.getByTestId('token-resource').selectOption(PRODUCTS_API);
      await page.getByTestId('auth-par').check();
      await page.getByTestId('auth-dpop').check();
      expect(await page.getByTestId('auth-par-note').textContent()).toMatch(/request_uri/);

      const signInTab = page.context().waitForEvent('page');
      await page.getByTestId('sign-in').click();
      const tab = await signInTab;
      await tab.waitForLoadState();
      await tab.locator('button.user[value="vera"]').click();
      await tab.getByRole('button', { name: 'Authorize' }).click();
      await tab.waitForURL((url) => url.pathname === '/callback');
      await tab.close();

      const run = page.locator('[data-testid="flow-run"][data-grant="authorization_code"]');
      await run.waitFor();
      expect(await run.getAttribute('data-ok')).toBe('true');
      const pushed = await run
        .locator('[data-testid="timeline-entry"][data-step="pushed authorization request"]')
        .textContent();
      expect(pushed).toMatch(/POST \/oidc\/request/);
      expect(pushed).toMatch(/code_challenge=/); // the parameters went here…
      const authorize = (await run.locator('[data-testid="timeline-entry"][data-step="authorize"]').textContent())!;
      expect(authorize).toMatch(/request_uri=/); // …and the browser got only a reference to them
      expect(authorize).not.toMatch(/code_challenge=/);
      const payload = JSON.parse((await run.getByTestId('token-payload').textContent())!);
      expect(payload).toMatchObject({ sub: 'vera', aud: PRODUCTS_API, cnf: { jkt: expect.any(String) } });
    });

    it("client credentials with DPoP: a DPoP token bound to the run's key", async () => {
      await page.getByTestId('grant-client_credentials').click();
      await page.getByTestId(`resource-${PRODUCTS_API}`).check();
      await page.getByTestId('scope-read:products').check();
      await page.getByTestId('cc-dpop').check();
      await page.getByTestId('run').click();
      // Every grant's run shows in one run view: wait for this one, not the sign-in still shown.
      const run = page.locator('[data-testid="flow-run"][data-grant="client_credentials"]');
      await run.getByTestId('flow-result').waitFor();
      const payload = JSON.parse((await run.getByTestId('token-payload').textContent())!);
      expect(payload).toMatchObject({ sub: 'tokenscope-m2m', aud: PRODUCTS_API, cnf: { jkt: expect.any(String) } });
    });
  },
);
