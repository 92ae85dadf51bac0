import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { ensureBuilt } from '../support/build.js';
import { spawnCliUntilJson, type SpawnedCli } from '../support/spawn-json-line.js';

interface WebReady {
  url: string;
  launchUrl: string;
  issuer: string;
}

const noChromium = chromiumMissingReason();

// Issue 4: the authorization code flow end to end in Chromium through the browser host: the app asks for the
// sign-in, a second tab signs in on the sandbox, the redirect comes back on loopback, the app shows the run.
describe.skipIf(noChromium)(
  `sign-in through the browser host UI${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  { timeout: 90_000 },
  () => {
    let web: SpawnedCli<WebReady>;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      ensureBuilt();
      web = await spawnCliUntilJson<WebReady>(['web', '--json', '--no-open']);
      browser = await launchChromium();
      page = await browser.newPage();
      await page.goto(web.ready.launchUrl);
      await page.getByTestId('connection-sandbox').waitFor();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await web?.stop();
    });

    it('signs in in a second tab and shows the run with its timeline', async () => {
      await page.getByTestId('grant-authorization_code').click();
      // The sign-in form loads when its grant is first picked (it is not part of the first screen).
      await page.getByTestId('sign-in').waitFor();
      const popup = page.context().waitForEvent('page');
      await page.getByTestId('sign-in').click();
      const signInTab = await popup;
      await signInTab.waitForLoadState();
      await signInTab.locator('button.user[value="vera"]').click();
      const authorize = signInTab.getByRole('button', { name: 'Authorize' });
      if (await authorize.count()) await authorize.click();
      await signInTab.waitForURL((url) => url.pathname === '/callback');
      await expect(signInTab.locator('h1').textContent()).resolves.toBe('Back to Tokenscope');

      const run = page.getByTestId('flow-run');
      await run.waitFor();
      expect(await run.getAttribute('data-ok')).toBe('true');
      expect(await run.getAttribute('data-grant')).toBe('authorization_code');
      const steps = await page
        .getByTestId('timeline-entry')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-step')));
      expect(steps).toEqual(expect.arrayContaining(['discovery', 'authorize', 'token']));
      await expect(page.getByTestId('sequence-diagram').count()).resolves.toBeGreaterThan(0);
    });

    it("masks the run's secrets until the user reveals them", async () => {
      await page.getByTestId('reveal').waitFor();
      const token = page.locator('[data-testid="timeline-entry"][data-step="token"]');
      await token.locator('summary').click();
      expect(await token.textContent()).toContain('•');
      await page.getByTestId('reveal').click();
      await page.getByTestId('revealed-token-response').waitFor();
      const revealed = JSON.parse((await page.getByTestId('revealed-token-response').textContent())!);
      expect(String(revealed.access_token)).not.toContain('•');
      const body = await page.locator('[data-testid="timeline-entry"][data-step="token"] pre').allTextContents();
      expect(body.join('\n')).toContain('code_verifier=');
      expect(body.join('\n')).not.toMatch(/code_verifier=[^&\s]*%E2%80%A2/);
    });
  },
);
