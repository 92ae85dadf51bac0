import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithApp } from '../support/app-suite.js';
import { inspectThis, runFirstResource } from '../support/app-page.js';

/** Waits until every token part the inspector shows is in Monaco, not the plain text it shows while loading. */
async function editorsShown(page: Page): Promise<void> {
  await page.getByTestId('monaco-payload').locator('.view-lines').waitFor();
  await page.getByTestId('monaco-header').locator('.view-lines').waitFor();
}

// Issue 18: Monaco threw "[createInstance] ... depends on UNKNOWN service ICodeLensCache" the first time the
// inspector rendered after a reload, and when a bad token followed a good one. The e2e setup fails a test on any
// console or page error, so each step here fails when Monaco logs one.
describeWithApp(
  "the inspector's editors log no error",
  {
    setup: async ({ page }) => {
      await runFirstResource(page);
      await inspectThis(page);
    },
  },
  (app) => {
    let token: string;
    beforeAll(async () => {
      token = await app.page.getByTestId('inspect-token').inputValue();
    });

    it('shows a token in Monaco the first time the inspector renders after a reload', async () => {
      const { page } = app;
      await page.reload();
      await page.locator('[data-testid="app-ready"][data-status="ready"]').waitFor();
      await page.getByTestId('tab-inspect').click();
      await page.getByTestId('inspect-token').fill(token);
      await page.getByTestId('inspect-run').click();
      await editorsShown(page);
    });

    it('shows a token with a broken signature after a good one', async () => {
      const { page } = app;
      const [header, payload, signature] = token.split('.');
      const flipped = `${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
      await page.getByTestId('inspect-token').fill(`${header}.${payload}.${flipped}`);
      await page.getByTestId('inspect-run').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="check-signature"]')?.getAttribute('data-status') === 'fail',
      );
      await editorsShown(page);
      await expect.poll(() => page.getByTestId('inspect-verdict').getAttribute('data-verdict')).not.toBe('valid');
    });

    it('shows a good token again after one that is not a JWT (new editors once the JSON language loaded)', async () => {
      const { page } = app;
      await page.getByTestId('inspect-token').fill('not.a-jwt');
      await page.getByTestId('inspect-run').click();
      await page.getByTestId('monaco-payload').waitFor({ state: 'detached' });
      await page.getByTestId('inspect-token').fill(token);
      await page.getByTestId('inspect-run').click();
      await editorsShown(page);
    });
  },
);
