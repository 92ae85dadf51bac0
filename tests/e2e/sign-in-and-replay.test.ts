import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';
import { requestAuthorization, runClientCredentials, signInInTab } from '../support/app-page.js';

const PRODUCTS_API = 'https://products.tokenscope.test';

// Issue 4 and 6 end to end: a user signs in in a second tab, the redirect comes back on loopback, and her token
// is compared with an M2M token against the same API call.
describeWithApp("sign in as the admin, then delete with her token and with the M2M app's", {}, (app) => {
  const productsUrl = () => `${app.web.ready.issuer.replace(/\/oidc$/, '')}/sample-api/products`;

  it('signs in through the sandbox in a second tab and comes back on the loopback redirect', async () => {
    const { page } = app;
    await requestAuthorization(page, {
      resources: [PRODUCTS_API],
      scopes: ['read:products', 'delete:products'],
      redeemFor: PRODUCTS_API,
    });
    await signInInTab(page, 'ada', {
      // the sandbox's sign-in page
      onSignInPage: async (tab) => expect(new URL(tab.url()).origin).toBe(new URL(app.web.ready.issuer).origin),
      onCallback: async (tab) => expect.poll(() => tab.locator('h1').textContent()).toBe('Back to Tokenscope'),
    });

    const run = page.locator('[data-testid="flow-run"][data-grant="authorization_code"]');
    await run.waitFor();
    await expect.poll(() => run.getAttribute('data-ok')).toBe('true');
  });

  it("deletes a product with the admin's token", async () => {
    const { page } = app;
    await page.keyboard.press('Alt+4');
    await page.getByTestId('replay-view').waitFor();
    await page.getByTestId('replay-method').selectOption('DELETE');
    await page.getByTestId('replay-url').fill(`${productsUrl()}/p-1`);
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
    const { page } = app;
    await page.keyboard.press('Alt+1');
    await runClientCredentials(page, { resource: PRODUCTS_API, scopes: ['read:products', 'delete:products'] });

    await page.keyboard.press('Alt+4');
    await page.getByTestId('replay-use-flow-token').click();
    await page.getByTestId('replay-resend').click();
    await page.getByTestId('replay-diff').waitFor();
    await expect.poll(() => page.getByTestId('replay-diff-status').textContent()).toMatch(/20\d.*403/);
    await expect.poll(() => page.getByTestId('replay-diff').getAttribute('data-same')).toBe('false');
  });
});
