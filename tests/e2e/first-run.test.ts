import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';

// Issue 18: an empty workspace opens on one button that gets a sandbox token and shows it explained.
describeWithApp('a first run that teaches', {}, (app) => {
  it('opens on one button that gets a sandbox token and opens the inspector on it, checked', async () => {
    const { page } = app;
    await page.getByTestId('first-run').waitFor();
    await page.getByTestId('first-run-start').click();
    await page.getByTestId('inspect-result').waitFor();
    await expect.poll(() => page.getByTestId('tab-inspect').getAttribute('aria-selected')).toBe('true');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="check-signature"]')?.getAttribute('data-status') === 'pass',
    );
    await expect.poll(() => page.getByTestId('check-aud').getAttribute('data-status')).toBe('pass');
    await expect.poll(() => page.getByTestId('inspect-verdict').textContent()).toContain('no check failed');
  });

  it('is gone once the workspace has a run, and the run is listed', async () => {
    const { page } = app;
    await page.getByTestId('tab-request').click();
    await page.getByTestId('run-item').first().waitFor();
    await expect.poll(() => page.getByTestId('first-run').count()).toBe(0);
  });

  it('opens a new, empty workspace on it again, pointing to the lessons exactly when the app has that view', async () => {
    const { page } = app;
    page.once('dialog', (dialog) => void dialog.accept('Fresh'));
    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByTestId('first-run').waitFor();
    const lessonsTabs = await page.getByTestId('tab-lessons').count();
    expect(await page.getByTestId('first-run-lessons').count()).toBe(lessonsTabs);
    if (lessonsTabs > 0) {
      await page.getByTestId('first-run-lessons').click();
      await expect.poll(() => page.getByTestId('tab-lessons').getAttribute('aria-selected')).toBe('true');
    }
  });
});
