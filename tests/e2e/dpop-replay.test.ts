import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';
import { runClientCredentials, sendReplay, tokenPayload } from '../support/app-page.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';

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
describeWithApp(
  'a DPoP-bound token in the replay view',
  {
    world: dpopRequiredWorld,
    setup: async ({ page }) => {
      await page.getByTestId('connection-sandbox').waitFor();
      // A client credentials token bound to the run's key.
      const run = await runClientCredentials(page, { resource: PRODUCTS_API, scopes: ['read:products'], dpop: true });
      expect(await tokenPayload(run)).toMatchObject({ aud: PRODUCTS_API, cnf: { jkt: expect.any(String) } });
      await page.keyboard.press('Alt+4');
      await page.getByTestId('replay-view').waitFor();
      await page.getByTestId('replay-sample-url').click();
      await page.getByTestId('replay-use-flow-token').click();
    },
  },
  (app) => {
    const origin = () => app.web.ready.issuer.replace(/\/oidc$/, '');
    const send = () => sendReplay(app.page);

    it("is served with a DPoP proof of its run's key", async () => {
      const { page } = app;
      expect(await send()).toBe(200);
      const sentAs = page.getByTestId('replay-sent-as');
      await expect.poll(() => sentAs.getAttribute('data-scheme')).toBe('DPoP');
      await expect.poll(() => sentAs.textContent()).toMatch(/DPoP proof of the run's key \(jkt /);
      const body = JSON.parse((await page.getByTestId('replay-body-shown').textContent())!);
      expect(body.caller.dpop_jkt).toEqual(expect.any(String));
    });

    it('is refused as Bearer, with the reason and the API metadata shown', async () => {
      const { page } = app;
      await page.getByTestId('replay-force-bearer').check();
      expect(await send()).toBe(401);
      await expect.poll(() => page.getByTestId('replay-sent-as').getAttribute('data-scheme')).toBe('Bearer');
      const challenge = page.getByTestId('replay-challenge');
      await expect.poll(() => challenge.getAttribute('data-error')).toBe('invalid_token');
      await expect.poll(() => challenge.textContent()).toMatch(/A DPoP-bound token was sent as Bearer.*cnf\.jkt/s);
      await expect
        .poll(() => page.getByTestId('replay-resource-metadata').textContent())
        .toBe(`${origin()}/.well-known/oauth-protected-resource/sample-api/products`);
      await page.getByTestId('replay-force-bearer').uncheck();
    });

    it("the inspector finds the token bound to its run's key", async () => {
      const { page } = app;
      await page.getByTestId('replay-inspect').click();
      const row = page.getByTestId('check-cnf');
      await row.waitFor();
      await expect.poll(() => row.getAttribute('data-status')).toBe('pass');
      await expect.poll(() => row.textContent()).toMatch(/refuses it/);
    });
  },
);
