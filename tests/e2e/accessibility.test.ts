import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';

const noChromium = chromiumMissingReason();

// WCAG 2.2 AA, as axe-core tags it (color-contrast among them).
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's serious and critical violations on the page as it is, one line per rule with where it failed. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
          .join('\n')}`,
    );
}

// Issue 18: every view the app shell lists, in both themes, with no serious or critical axe violation.
describe.skipIf(noChromium)(
  `every view passes axe in both themes${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;

    beforeAll(async () => {
      app = await openApp();
      page = app.page;
      // A token in the session, so the views show their full content (a run, a decoded token, pickers filled).
      await page.locator('[data-testid^="resource-"]').first().check();
      await page.getByTestId('run').click();
      await page.getByTestId('flow-result').waitFor();
      await page.getByTestId('inspect-this').click();
      await page.getByTestId('inspect-result').waitFor();
    });

    afterAll(async () => {
      await app?.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no serious or critical violation on any view, ${colorScheme} theme`, async () => {
        await page.emulateMedia({ colorScheme });
        const tabs = page.getByRole('tab');
        const ids = await tabs.evaluateAll((all) => all.map((tab) => tab.getAttribute('data-testid')!));
        expect(ids.length).toBeGreaterThanOrEqual(5);
        const found: string[] = [];
        for (const id of ids) {
          await page.getByTestId(id).click();
          // The view's lazy chunk loaded.
          // Views may load more than one part (the Sandbox: its graph and its editor): wait for them all.
          await page.waitForFunction(
            () => ![...document.querySelectorAll('main .spinner')].some((s) => s.textContent?.includes('Loading')),
          );
          for (const violation of await seriousViolations(page)) found.push(`${id}: ${violation}`);
        }
        expect(found, found.join('\n')).toEqual([]);
      }, 240_000); // axe on every view, on a slow shared machine
    }
  },
);
