import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';

const noChromium = chromiumMissingReason();
const PRODUCTS_API = 'https://products.tokenscope.test';

/** The default world with the products API taking DPoP-bound tokens only (RFC 9449 §7.1, RFC 9728's flag). */
function dpopRequiredWorld(): string {
  const world = DEFAULT_WORLD_YAML.replace(
    '    name: Products API\n',
    '    name: Products API\n    dpopBoundAccessTokensRequired: true\n',
  );
  if (world === DEFAULT_WORLD_YAML) throw new Error('the default world no longer names "Products API" this way');
  return world;
}

// Issue 17: a DPoP flow's token replayed against a DPoP-required API works with a proof, and is refused as Bearer.
describe.skipIf(noChromium)(
  `a DPoP-bound token in the replay view${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;
    let origin: string;

    beforeAll(async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-dpop-e2e-'));
      writeFileSync(join(dataDir, 'sandbox-world.yaml'), dpopRequiredWorld());
      app = await openApp({ env: { TOKENSCOPE_DATA_DIR: dataDir } });
      page = app.page;
      origin = app.web.ready.issuer.replace(/\/oidc$/, '');
      await page.getByTestId('connection-sandbox').waitFor();
      // A client credentials token bound to the run's key.
      await page.getByTestId(`resource-${PRODUCTS_API}`).check();
      await page.getByTestId('scope-read:products').check();
      await page.getByTestId('cc-dpop').check();
      await page.getByTestId('run').click();
      const run = page.locator('[data-testid="flow-run"][data-grant="client_credentials"]');
      await run.getByTestId('flow-result').waitFor();
      const payload = JSON.parse((await run.getByTestId('token-payload').textContent())!);
      expect(payload).toMatchObject({ aud: PRODUCTS_API, cnf: { jkt: expect.any(String) } });
      await page.keyboard.press('Alt+4');
      await page.getByTestId('replay-view').waitFor();
      await page.getByTestId('replay-sample-url').click();
      await page.getByTestId('replay-use-flow-token').click();
    });
    afterAll(() => app?.close());

    const send = async () => {
      const before = await page.getByTestId('replay-history-row').count();
      await page.getByTestId('replay-send').click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="replay-history-row"]').length > n,
        before,
      );
      return Number(await page.getByTestId('replay-response').getAttribute('data-status'));
    };

    it("is served with a DPoP proof of its run's key", async () => {
      expect(await send()).toBe(200);
      const sentAs = page.getByTestId('replay-sent-as');
      expect(await sentAs.getAttribute('data-scheme')).toBe('DPoP');
      expect(await sentAs.textContent()).toMatch(/DPoP proof of the run's key \(jkt /);
      const body = JSON.parse((await page.getByTestId('replay-body-shown').textContent())!);
      expect(body.caller.dpop_jkt).toEqual(expect.any(String));
    });

    it('is refused as Bearer, with the reason and the API metadata shown', async () => {
      await page.getByTestId('replay-force-bearer').check();
      expect(await send()).toBe(401);
      expect(await page.getByTestId('replay-sent-as').getAttribute('data-scheme')).toBe('Bearer');
      const challenge = page.getByTestId('replay-challenge');
      expect(await challenge.getAttribute('data-error')).toBe('invalid_token');
      expect(await challenge.textContent()).toMatch(/A DPoP-bound token was sent as Bearer.*cnf\.jkt/s);
      expect(await page.getByTestId('replay-resource-metadata').textContent()).toBe(
        `${origin}/.well-known/oauth-protected-resource/sample-api/products`,
      );
      await page.getByTestId('replay-force-bearer').uncheck();
    });

    it("the inspector finds the token bound to its run's key", async () => {
      await page.getByTestId('replay-inspect').click();
      const row = page.getByTestId('check-cnf');
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('pass');
      expect(await row.textContent()).toMatch(/refuses it/);
    });
  },
);
