import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithApp } from '../support/app-suite.js';

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
const tabbable = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((all) => all.filter((el) => (el as HTMLElement).tabIndex === 0).length);

// Issue 18, WAI-ARIA Authoring Practices: tabs and radio groups move with the arrow keys (Home and End too), and
// only the chosen item is in the tab order (roving tabindex).
describeWithApp(
  'keyboard: view tabs and grant radios',
  { setup: ({ page }) => page.getByTestId('grant-client_credentials').waitFor() },
  (app) => {
    it('moves between view tabs with arrows, Home and End, one tab in the tab order', async () => {
      const { page } = app;
      expect(await tabbable(page, '[role="tab"]')).toBe(1);
      await page.getByTestId('tab-request').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedTestId(page)).toBe('tab-inspect');
      await expect.poll(() => page.getByTestId('tab-inspect').getAttribute('aria-selected')).toBe('true');
      await page.getByTestId('inspect-token').waitFor();
      await page.keyboard.press('End');
      const last = await page.getByRole('tab').last().getAttribute('data-testid');
      await expect.poll(() => focusedTestId(page)).toBe(last);
      await page.keyboard.press('ArrowRight'); // wraps
      await expect.poll(() => focusedTestId(page)).toBe('tab-request');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => focusedTestId(page)).toBe(last);
      await page.keyboard.press('Home');
      await expect.poll(() => focusedTestId(page)).toBe('tab-request');
      await expect.poll(() => tabbable(page, '[role="tab"]')).toBe(1);
    });

    it('moves between grants with arrows, Home and End, one radio in the tab order', async () => {
      const { page } = app;
      expect(await tabbable(page, '[role="radiogroup"][aria-label="Grant"] [role="radio"]')).toBe(1);
      await page.getByTestId('grant-client_credentials').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedTestId(page)).toBe('grant-authorization_code');
      await expect.poll(() => page.getByTestId('grant-authorization_code').getAttribute('aria-checked')).toBe('true');
      await page.keyboard.press('End');
      await expect.poll(() => focusedTestId(page)).toBe('grant-device_code');
      await page.keyboard.press('Home');
      await expect.poll(() => focusedTestId(page)).toBe('grant-client_credentials');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => focusedTestId(page)).toBe('grant-device_code');
    });

    it('keeps the grant chosen when the user visits another view and comes back', async () => {
      const { page } = app;
      await page.getByTestId('grant-token_exchange').click();
      await page.getByTestId('tab-inspect').click();
      await page.getByTestId('inspect-token').waitFor();
      await page.getByTestId('tab-request').click();
      await expect.poll(() => page.getByTestId('grant-token_exchange').getAttribute('aria-checked')).toBe('true');
    });

    it('shows a focus ring on a focused grant radio, not clipped by its group', async () => {
      const { page } = app;
      await page.getByTestId('grant-device_code').focus();
      await page.keyboard.press('ArrowRight'); // keyboard focus, so :focus-visible applies
      const ring = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const group = getComputedStyle(el.parentElement!);
          return { outline: style.outlineStyle, width: style.outlineWidth, overflow: group.overflow };
        });
      await expect.poll(ring).toEqual({ outline: 'solid', width: '2px', overflow: 'visible' });
    });
  },
);
