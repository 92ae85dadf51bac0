import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { spawnCliUntilJson, type SpawnedCli } from '../support/spawn-json-line.js';
import { describeWithApp } from '../support/app-suite.js';
import { runClientCredentials, sendReplay } from '../support/app-page.js';

const noChromium = chromiumMissingReason();
const PRODUCTS_API = 'https://products.tokenscope.test';

describeWithApp(
  'the replay view calls the sandbox products API',
  {
    setup: async ({ page }) => {
      // A machine-to-machine token for the products API with read and write, but not delete:products.
      await runClientCredentials(page, { resource: PRODUCTS_API, scopes: ['read:products', 'write:products'] });
      await page.keyboard.press('Alt+4');
      await page.getByTestId('replay-view').waitFor();
    },
  },
  (app) => {
    const productsUrl = () => `${app.web.ready.issuer.replace(/\/oidc$/, '')}/sample-api/products`;
    // Sends and reads the status the answer shows.
    const send = () => sendReplay(app.page);

    it('calls the API with the token from the flow and gets 200', async () => {
      const { page } = app;
      await page.getByTestId('replay-sample-url').click();
      await expect.poll(() => page.getByTestId('replay-url').inputValue()).toBe(productsUrl());
      await page.getByTestId('replay-use-flow-token').click();
      expect(await send()).toBe(200);
      const body = JSON.parse((await page.getByTestId('replay-body-shown').textContent())!);
      expect(body.data.length).toBeGreaterThan(0);
      expect(body.caller.scope).toBe('read:products write:products');
      await expect.poll(() => page.getByTestId('replay-time').textContent()).toMatch(/ms$/);
      // The export masks the token.
      await expect.poll(() => page.getByTestId('replay-export').textContent()).toContain('$ACCESS_TOKEN');
    });

    it('calls without a token and explains the 401', async () => {
      const { page } = app;
      await page.getByTestId('replay-token-pick').selectOption('none');
      expect(await send()).toBe(401);
      await expect.poll(() => page.getByTestId('replay-explanation').textContent()).toContain('No token was sent');
    });

    it('deletes with a token lacking delete:products and explains the 403, naming the missing scope', async () => {
      const { page } = app;
      await page.getByTestId('replay-method').selectOption('DELETE');
      await page.getByTestId('replay-url').fill(`${productsUrl()}/p-1`);
      // The token sent first is held on the main side; pick it by reference.
      const options = await page.getByTestId('replay-token-pick').locator('option').allTextContents();
      const held = options.findIndex((o) => o.includes('read:products write:products'));
      expect(held).toBeGreaterThan(-1);
      await page.getByTestId('replay-token-pick').selectOption({ index: held });
      expect(await send()).toBe(403);
      const challenge = page.getByTestId('replay-challenge');
      await expect.poll(() => challenge.getAttribute('data-error')).toBe('insufficient_scope');
      await expect.poll(() => page.getByTestId('replay-missing-scope').textContent()).toBe('delete:products');
      await expect.poll(() => challenge.textContent()).toMatch(/role/);
    });

    it('re-sends the call with another token and shows the two answers side by side', async () => {
      const { page } = app;
      await page.getByTestId('replay-token-pick').selectOption('none');
      await page.getByTestId('replay-resend').click();
      await page.getByTestId('replay-diff').waitFor();
      await expect.poll(() => page.getByTestId('replay-diff-status').textContent()).toMatch(/403.*401/);
      await expect.poll(() => page.getByTestId('replay-diff').getAttribute('data-same')).toBe('false');
    });

    it('keeps every call in a searchable history, and opens the inspector from a response', async () => {
      const { page } = app;
      await expect.poll(() => page.getByTestId('replay-history-count').textContent()).toBe('4 calls');
      await page.getByTestId('replay-history-search').fill('status:4xx');
      await expect.poll(() => page.getByTestId('replay-history-count').textContent()).toBe('3 of 4 calls');
      await page.getByTestId('replay-history-search').fill('method:GET 200');
      await page.getByTestId('replay-history-row').first().click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="replay-response"]')?.getAttribute('data-status') === '200',
      );
      await page.getByTestId('replay-inspect').click();
      await page.getByTestId('inspect-result').waitFor();
      await expect.poll(() => page.getByTestId('check-aud').getAttribute('data-status')).toBe('pass');
    });

    it("explains the Management API's own error body for a token issued for another API", async () => {
      const { page } = app;
      await page.keyboard.press('Alt+4');
      await page.getByTestId('replay-history-search').fill('');
      await page.getByTestId('replay-method').selectOption('GET');
      await page.getByTestId('replay-url').fill(`${app.web.ready.issuer.replace(/\/oidc$/, '')}/api/users`);
      const options = await page.getByTestId('replay-token-pick').locator('option').allTextContents();
      await page
        .getByTestId('replay-token-pick')
        .selectOption({ index: options.findIndex((o) => o.includes('read:products write:products')) });
      expect(await send()).toBe(401);
      await expect
        .poll(() => page.getByTestId('replay-explanation').getAttribute('data-code'))
        .toBe('auth.unauthorized');
      await expect.poll(() => page.getByTestId('replay-explanation').textContent()).toMatch(/Management API indicator/);
    });

    it('takes a time limit from the composer, refuses one out of range, and exports it as curl --max-time', async () => {
      const { page } = app;
      await page.getByTestId('replay-url').fill(productsUrl());
      await page.getByTestId('replay-max-time').fill('0');
      await page.getByTestId('replay-send').click();
      await expect
        .poll(() => page.getByTestId('replay-call-error').textContent())
        .toMatch(/Max time is a number of seconds from 0.1 to 3600/);
      await page.getByTestId('replay-max-time').fill('5');
      expect(await send()).toBe(200);
      await expect.poll(() => page.getByTestId('replay-export').textContent()).toContain('--max-time 5');
    });
  },
);

describe.skipIf(noChromium)('the replay view after a damaged workspaces file', () => {
  let web: SpawnedCli<{ launchUrl: string }>;
  let browser: Browser;

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  it('restores the backup and tells the user', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-damaged-'));
    mkdirSync(join(dataDir, 'workspaces'));
    const saved = {
      version: 1,
      workspaces: [
        {
          id: 'default',
          name: 'Default',
          createdAt: '2026-01-01T00:00:00.000Z',
          connections: [],
          savedRequests: [
            {
              id: 'r1',
              name: 'list products',
              createdAt: '2026-01-01T00:00:00.000Z',
              request: { method: 'GET', url: 'http://127.0.0.1/sample-api/products', headers: [] },
            },
          ],
        },
      ],
    };
    writeFileSync(join(dataDir, 'workspaces', 'workspaces.json.bak'), JSON.stringify(saved));
    writeFileSync(join(dataDir, 'workspaces', 'workspaces.json'), '{"version":1,"worksp');
    web = await spawnCliUntilJson(['web', '--json', '--no-open'], { env: { TOKENSCOPE_DATA_DIR: dataDir } });
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(web.ready.launchUrl);
    await page.getByTestId('tab-replay').click();
    const notice = page.getByTestId('workspace-notices');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/workspaces.json was damaged.*Restored the backup/);
    // The notice is in the sidebar from the start; the saved request shows once the replay view has loaded.
    await page.getByTestId('replay-view').waitFor();
    await expect.poll(() => page.getByText('list products').count()).toBe(1);
  });
});
