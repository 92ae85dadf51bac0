import { expect, it } from 'vitest';
import { describeWithApp, sandboxListed } from '../support/app-suite.js';
import { requestAuthorization, runClientCredentials, signInInTab, tokenPayload } from '../support/app-page.js';

const PRODUCTS_API = 'https://products.tokenscope.test';

// Issue 4: pushed authorization requests (RFC 9126) and DPoP (RFC 9449) are a tick away in the request view.
describeWithApp('PAR and DPoP from the request view', { setup: sandboxListed }, (app) => {
  it('signs in with a pushed request and a DPoP-bound token: the browser sees only request_uri', async () => {
    const { page } = app;
    await requestAuthorization(page, { resources: [PRODUCTS_API], scopes: [], redeemFor: PRODUCTS_API });
    await page.getByTestId('auth-par').check();
    await page.getByTestId('auth-dpop').check();
    await expect.poll(() => page.getByTestId('auth-par-note').textContent()).toMatch(/request_uri/);
    await signInInTab(page, 'vera');

    const run = page.locator('[data-testid="flow-run"][data-grant="authorization_code"]');
    await run.waitFor();
    await expect.poll(() => run.getAttribute('data-ok')).toBe('true');
    const pushed = await run
      .locator('[data-testid="timeline-entry"][data-step="pushed authorization request"]')
      .textContent();
    expect(pushed).toMatch(/POST \/oidc\/request/);
    expect(pushed).toMatch(/code_challenge=/); // the parameters went here…
    const authorize = (await run.locator('[data-testid="timeline-entry"][data-step="authorize"]').textContent())!;
    expect(authorize).toMatch(/request_uri=/); // …and the browser got only a reference to them
    expect(authorize).not.toMatch(/code_challenge=/);
    expect(await tokenPayload(run)).toMatchObject({ sub: 'vera', aud: PRODUCTS_API, cnf: { jkt: expect.any(String) } });
  });

  it("client credentials with DPoP: a DPoP token bound to the run's key", async () => {
    const { page } = app;
    const run = await runClientCredentials(page, {
      resource: PRODUCTS_API,
      scopes: ['read:products'],
      dpop: true,
    });
    expect(await tokenPayload(run)).toMatchObject({
      sub: 'tokenscope-m2m',
      aud: PRODUCTS_API,
      cnf: { jkt: expect.any(String) },
    });
  });
});
