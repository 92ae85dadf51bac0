import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';

const noChromium = chromiumMissingReason();

describe.skipIf(noChromium)(
  `the inspector checks a token from a flow${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;

    beforeAll(async () => {
      app = await openApp();
      page = app.page;
      await page.locator('[data-testid^="resource-"]').first().check();
      await page.locator('[data-testid^="scope-"]').first().check();
      await page.getByTestId('run').click();
      await page.getByTestId('flow-result').waitFor();
    });

    afterAll(async () => {
      await app?.close();
    });

    const status = (id: string) => page.getByTestId(`check-${id}`).getAttribute('data-status');

    it('checks the token against the issuer and resource it was requested from', async () => {
      await page.getByTestId('inspect-this').click();
      await page.getByTestId('inspect-result').waitFor();
      expect(await status('signature')).toBe('pass');
      expect(await status('typ')).toBe('pass');
      expect(await status('iss')).toBe('pass');
      expect(await status('aud')).toBe('pass');
      expect(await status('exp')).toBe('pass');
      expect(await page.getByTestId('inspect-verdict').textContent()).toContain('no check failed');
    });

    it('fails aud and scope for another API and a permission the token lacks, and says so', async () => {
      await page.getByTestId('inspect-audience').fill('https://other-api.example.com');
      await page.getByTestId('inspect-scopes').fill('delete:everything');
      await page.getByTestId('inspect-run').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="check-aud"]')?.getAttribute('data-status') === 'fail',
      );
      expect(await status('scope')).toBe('fail');
      expect(await status('signature')).toBe('pass');
      expect(await page.getByTestId('inspect-verdict').textContent()).toMatch(/2 checks failed/);
    });

    it('calls the same token not verified, with why and the fix, when no issuer is given to trust', async () => {
      await page.getByTestId('inspect-issuer').fill('');
      await page.getByTestId('inspect-audience').fill('');
      await page.getByTestId('inspect-scopes').fill('');
      await page.getByTestId('inspect-run').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="inspect-verdict"]')?.getAttribute('data-verdict') === 'not_verified',
      );
      // The keys still verify the signature, but they came from the token's own iss: nothing pins that issuer.
      expect(await status('signature')).toBe('pass');
      const verdict = page.getByTestId('inspect-verdict');
      expect(await verdict.getAttribute('class')).toContain('verdict-fail');
      expect(await verdict.textContent()).toMatch(/not verified/);
      expect(await page.getByTestId('inspect-verdict-reason').textContent()).toMatch(
        /the issuer the token names itself/,
      );
      expect(await page.getByTestId('inspect-verdict-fix').textContent()).toMatch(/Issuer to trust/);
    });

    it('switches views with Alt+digit', async () => {
      await page.keyboard.press('Alt+1');
      await page.getByTestId('run').waitFor();
      await page.keyboard.press('Alt+2');
      await page.getByTestId('inspect-token').waitFor();
    });
  },
);
