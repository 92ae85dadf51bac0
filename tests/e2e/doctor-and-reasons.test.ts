import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';
import { requestAuthorization, signInInTab } from '../support/app-page.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

// Issue 15 and 16 end to end: a run's scope table names the roles behind each scope, Compare names the role behind
// each difference, and the Doctor view lints the sandbox's world.
describeWithApp('exact reasons from the tenant, and the tenant doctor', {}, (app) => {
  it('after a sign-in, the scope table names the roles: granted by Viewer, write:products missing', async () => {
    const { page } = app;
    await requestAuthorization(page, {
      resources: [PRODUCTS],
      scopes: ['read:products', 'write:products'],
      redeemFor: PRODUCTS,
    });
    await signInInTab(page, 'vera');

    const run = page.locator('[data-testid="flow-run"][data-grant="authorization_code"]');
    await run.getByTestId('scopes-table').waitFor();
    expect(await run.getByTestId('scopes-reason-write:products').textContent()).toMatch(
      /^vera has role Viewer; it does not grant write:products; roles Editor and Admin do\..*exact · the sandbox world/,
    );
    expect(await run.getByTestId('scopes-granted-by-read:products').textContent()).toBe(
      "✓ vera's role Viewer grants it.",
    );
  });

  it('compares PAT and M2M on the orders API, naming the role behind the difference', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+3');
    await page.getByTestId('compare-resource').selectOption(ORDERS);
    await page.getByTestId('compare-sandbox').click();
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => summary.textContent())
      .toContain(
        "Only PAT exchange has write:orders: eddie's role Editor grants it; the app Inventory sync job (M2M)'s M2M role Inventory sync does not",
      );
  });

  it("lints the sandbox's world in the Doctor view: each finding with why and fix, no error", async () => {
    const { page } = app;
    await page.keyboard.press('Alt+8');
    await page.getByTestId('doctor-view').waitFor();
    await page.getByTestId('doctor-run').click();
    const result = page.getByTestId('doctor-result');
    await result.waitFor();
    expect(await result.getAttribute('data-verdict')).toBe('ok');
    expect(await page.getByTestId('doctor-summary').textContent()).toBe(
      '10 checks on the sandbox world: 0 error(s), 2 warning(s), 1 note(s).',
    );
    const exchange = page.getByTestId('doctor-finding-token-exchange-on');
    expect(await exchange.textContent()).toMatch(/Traditional web app may exchange personal access tokens/);
    expect(await exchange.textContent()).toMatch(/Why it matters:.*Fix:/s);
    expect(await page.getByTestId('doctor-finding-m2m-management-api-all').count()).toBe(1);
    expect(await page.getByTestId('doctor-finding-user-without-api-role').textContent()).toMatch(/noah/);
  });
});
