import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { describeWithApp } from '../support/app-suite.js';
import { inspectThis, runFirstResource } from '../support/app-page.js';

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
describeWithApp(
  'every view passes axe in both themes',
  {
    setup: async ({ page }) => {
      // A token in the session, so the views show their full content (a run, a decoded token, pickers filled).
      await runFirstResource(page);
      await inspectThis(page);
    },
  },
  (app) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no serious or critical violation on any view, ${colorScheme} theme`, async () => {
        const { page } = app;
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
