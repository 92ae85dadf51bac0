import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';
import { requestAuthorization, signInInTab } from '../support/app-page.js';

const PRODUCTS_API = 'https://products.tokenscope.test';

// Issue 18: signing out of the sandbox (OpenID Connect RP-Initiated Logout 1.0) from a run, every page on the way
// without a console error or a failed load (the e2e setup fails the test on either).
describeWithApp('sign out of the sandbox from a run', {}, (app) => {
  it('signs in, then signs out in the same browser and lands on the signed-out page', async () => {
    const { page } = app;
    await requestAuthorization(page, { resources: [PRODUCTS_API], scopes: ['read:products'] });
    await signInInTab(page, 'ada');
    await page.locator('[data-testid="flow-run"][data-grant="authorization_code"][data-ok="true"]').waitFor();

    const signOutTab = page.context().waitForEvent('page');
    await page.getByTestId('sign-out').click();
    const out = await signOutTab;
    await out.waitForLoadState();
    expect(new URL(out.url()).pathname).toBe('/oidc/session/end');
    await out.getByRole('button', { name: 'Sign out' }).click();
    await out.waitForURL((url) => url.pathname === '/signed-out');
    await expect.poll(() => out.locator('h1').textContent()).toBe('Signed out');
  });
});
