import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';

const noChromium = chromiumMissingReason();

// Issue 18: an empty workspace opens on one button that gets a sandbox token and shows it explained.
describe.skipIf(noChromium)(`a first run that teaches${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp();
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens on one button that gets a sandbox token and opens the inspector on it, checked', async () => {
    await page.getByTestId('first-run').waitFor();
    await page.getByTestId('first-run-start').click();
    await page.getByTestId('inspect-result').waitFor();
    expect(await page.getByTestId('tab-inspect').getAttribute('aria-selected')).toBe('true');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="check-signature"]')?.getAttribute('data-status') === 'pass',
    );
    expect(await page.getByTestId('check-aud').getAttribute('data-status')).toBe('pass');
    expect(await page.getByTestId('inspect-verdict').textContent()).toContain('no check failed');
  });

  it('is gone once the workspace has a run, and the run is listed', async () => {
    await page.getByTestId('tab-request').click();
    await page.getByTestId('run-item').first().waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
  });

  it('opens a new, empty workspace on it again, pointing to the lessons exactly when the app has that view', async () => {
    page.once('dialog', (dialog) => void dialog.accept('Fresh'));
    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByTestId('first-run').waitFor();
    const lessonsTabs = await page.getByTestId('tab-lessons').count();
    expect(await page.getByTestId('first-run-lessons').count()).toBe(lessonsTabs);
    if (lessonsTabs > 0) {
      await page.getByTestId('first-run-lessons').click();
      expect(await page.getByTestId('tab-lessons').getAttribute('aria-selected')).toBe('true');
    }
  });
});
