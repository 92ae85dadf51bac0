import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { spawnCliUntilJson, type SpawnedCli } from '../support/spawn-json-line.js';

const noChromium = chromiumMissingReason();
const PRODUCTS = 'https://products.tokenscope.test';

describe.skipIf(noChromium)(
  `the inspector explains claims and scopes, and compares tokens${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let web: SpawnedCli<{ launchUrl: string; issuer: string }>;
    let browser: Browser;
    let page: Page;
    const scripts: string[] = [];
    const monacoLoaded = () => scripts.some((path) => /monaco-setup/.test(path));

    beforeAll(async () => {
      web = await spawnCliUntilJson(['web', '--json', '--no-open']);
      browser = await launchChromium();
      page = await browser.newPage();
      page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
      await page.goto(web.ready.launchUrl);
      // The default world's M2M app holds read and write on products through its role, but not delete.
      await page.getByTestId('client-select').selectOption('tokenscope-m2m');
      await page.getByTestId(`resource-${PRODUCTS}`).check();
      await page.getByTestId('scope-read:products').check();
      await page.getByTestId('scope-delete:products').check();
      await page.getByTestId('run').click();
      await page.getByTestId('flow-result').waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      await web?.stop();
    });

    it('shows under the flow result why a requested scope is missing: the app has no role with it', async () => {
      const reason = page.getByTestId('scopes-reason-delete:products');
      await reason.waitFor();
      expect(monacoLoaded()).toBe(false);
      expect(await reason.getAttribute('data-reason')).toBe('no-role');
      expect(await reason.textContent()).toMatch(
        /has M2M role Inventory sync; it does not grant delete:products; no M2M role in the sandbox world grants it/,
      );
      expect(await reason.textContent()).toContain('exact');
      expect(await page.getByTestId('scopes-row-read:products').getAttribute('data-in-token')).toBe('true');
    });

    it('inspects the token with the same scope table, says its kind in words and counts down to exp', async () => {
      await page.getByTestId('inspect-this').click();
      await page.getByTestId('inspect-result').waitFor();
      expect(await page.getByTestId('token-kind').textContent()).toMatch(
        /This is a JWT access token\. An access token for https:\/\/products/,
      );
      expect(await page.getByTestId('scopes-reason-delete:products').getAttribute('data-reason')).toBe('no-role');
      const countdown = page.getByTestId('exp-countdown');
      expect(await countdown.textContent()).toMatch(/expires in (59|60) min/);
      const before = await countdown.textContent();
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="exp-countdown"]')?.textContent !== text,
        before,
        { timeout: 5_000 },
      );
    });

    it('shows header and payload in Monaco, loaded only now, each claim explained on hover and in a list', async () => {
      await page.waitForSelector('[data-testid="claims-payload"][data-editor="monaco"] .monaco-editor .view-lines', {
        timeout: 30_000,
      });
      expect(monacoLoaded()).toBe(true);
      expect(await page.getByTestId('explain-payload-aud').textContent()).toMatch(/Audience/);
      expect(await page.getByTestId('explain-header-typ').textContent()).toMatch(/at\+jwt/);
      expect(await page.getByTestId('explain-payload-exp').textContent()).toMatch(/in (59|60) min/);
      // Time claims carry their date and relative time at the end of their line in the editor.
      const expNote = page
        .locator('[data-testid="monaco-payload"] .view-line', { hasText: '"exp"' })
        .locator('.monaco-line-note');
      expect(await expNote.textContent()).toMatch(/←\s\d{4}-\d\d-\d\dT.*\s·\sin\s(59|60)\smin/);
      const audLine = page.locator('[data-testid="monaco-payload"] .view-line', { hasText: '"aud"' });
      // Monaco redraws its lines as the time notes tick each second: hover() finds the line again if it was redrawn.
      await audLine.hover({ position: { x: 10, y: 8 } });
      await audLine.hover({ position: { x: 40, y: 8 } });
      const hover = page.locator('.monaco-hover-content', { hasText: 'Audience' });
      await hover.waitFor({ timeout: 10_000 });
      expect(await hover.textContent()).toContain('RFC 8707');
    });

    it('shows the same explanation from the keyboard: cursor on a claim, Ctrl+K Ctrl+I', async () => {
      await page.mouse.move(0, 0);
      const issLine = page.locator('[data-testid="monaco-payload"] .view-line', { hasText: '"iss"' });
      await issLine.click();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await page.locator('.monaco-hover-content', { hasText: 'Issuer' }).waitFor({ timeout: 10_000 });
      // Tab leaves the read-only editor instead of being swallowed by it.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="monaco-payload"]'))),
      ).toBe(false);
    });

    it('inspects a pasted token at once and says what kind it is', async () => {
      await page.getByTestId('inspect-token').focus();
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', '  pat_SandboxEddieLaptopScript00000001\n');
        document.activeElement!.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      });
      await page.waitForSelector('[data-testid="token-kind"][data-kind="pat"]');
      expect(await page.getByTestId('token-kind').textContent()).toMatch(/personal access token.*exchange it/i);
      expect(await page.getByTestId('inspect-token').inputValue()).toBe('pat_SandboxEddieLaptopScript00000001');
    });

    it('compares a PAT exchange token with an M2M token in one click: acts as user vs acts as the app', async () => {
      await page.keyboard.press('Alt+3');
      await page.getByTestId('compare-sandbox').focus();
      await page.keyboard.press('Enter');
      const summary = page.getByTestId('compare-summary');
      await summary.waitFor({ timeout: 30_000 });
      const text = (await summary.textContent())!;
      expect(text).toMatch(/PAT exchange acts as user eddie/);
      expect(text).toMatch(/M2M acts as the app itself/);
      expect(await page.getByTestId('diff-payload-sub').getAttribute('data-status')).toBe('changed');
      expect(await page.getByTestId('diff-payload-aud').getAttribute('data-status')).toBe('same');
      await page.getByTestId('compare-hide-same').check();
      expect(await page.getByTestId('diff-payload-aud').count()).toBe(0);
    });

    it('takes either side of the comparison to the inspector, and the inspected token back to Compare', async () => {
      await page.getByTestId('compare-inspect-b').click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="inspect-verdict"]')?.textContent?.includes('no check failed'),
      );
      expect(await page.getByTestId('check-subject').textContent()).toMatch(/app/i);
      const inspected = await page.getByTestId('inspect-token').inputValue();
      await page.getByTestId('compare-with').click();
      expect(await page.getByTestId('compare-token-a').inputValue()).toBe(inspected);
    });

    it('inspects a token of the session picked from a list', async () => {
      await page.keyboard.press('Alt+2');
      await page.getByTestId('inspect-session-token').selectOption({ label: 'Client credentials · access token' });
      await page.waitForSelector('[data-testid="token-kind"][data-kind="access_token"]');
      expect(await page.getByTestId('check-aud').getAttribute('data-status')).toBe('pass');
    });

    it('compares with a token of the session picked from a list', async () => {
      // A is still the M2M token taken to Compare above; B becomes the client-credentials run's token.
      await page.keyboard.press('Alt+3');
      await page.getByTestId('compare-session-b').selectOption({ label: 'Client credentials · access token' });
      await page.waitForFunction(
        () => document.querySelector('[data-testid="diff-payload-jti"]')?.getAttribute('data-status') === 'changed',
      );
      expect(await page.getByTestId('diff-payload-sub').getAttribute('data-status')).toBe('same');
      expect(await page.getByTestId('compare-summary').textContent()).toMatch(
        /A acts as the app itself .*; B acts as the app itself/,
      );
    });
  },
);
