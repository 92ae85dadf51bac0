import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithApp } from '../support/app-suite.js';

const selectorText = (page: Page) =>
  page
    .locator('.workspace-bar select option:checked')
    .first()
    .textContent()
    .then((t) => t?.trim());

// Issue 18: the workspace selector's call count was stale until a reload; the main side now says when it changes.
describeWithApp(
  'the workspace selector counts calls',
  { setup: ({ page }) => page.locator('.workspace-bar select').waitFor() },
  (app) => {
    it('shows the new count as soon as a call is made, and after a clear', async () => {
      const { page } = app;
      await expect.poll(() => selectorText(page)).toBe('Default · 0 calls');
      await page.getByTestId('tab-replay').click();
      await page.getByTestId('replay-sample-url').click();
      await page.getByTestId('replay-send').click();
      await page.getByTestId('replay-response').waitFor();
      await page.waitForFunction(() =>
        document.querySelector('.workspace-bar select option:checked')?.textContent?.includes('1 call'),
      );
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Clear' }).click();
      await page.waitForFunction(() =>
        document.querySelector('.workspace-bar select option:checked')?.textContent?.includes('0 calls'),
      );
    });
  },
);
