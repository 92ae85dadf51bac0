import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';

const noChromium = chromiumMissingReason();

// Another server, known to the app only by its address: a second sandbox started by the test.
describe.skipIf(noChromium)(`adding a connection to another server${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let app: OpenApp;
  let page: Page;
  let server: SandboxHandle;

  beforeAll(async () => {
    server = await startSandbox({ port: 0 });
    app = await openApp();
    page = app.page;
    await page.getByTestId('connection-sandbox').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  async function fillConnection(url: string) {
    await page.getByTestId('add-connection-open').click();
    await page.getByRole('radio', { name: 'Issuer URL' }).click();
    await page.getByTestId('connection-url').fill(url);
    await page.getByTestId('connection-client-id').fill('tokenscope-m2m');
    await page.getByTestId('connection-secret').fill('sandbox-m2m-secret-not-for-production');
    await page.getByTestId('connection-add').click();
  }

  it('refuses plain http to another machine before sending anything', async () => {
    await fillConnection('http://auth.example.com/oidc');
    expect(await page.getByTestId('connection-error').textContent()).toMatch(/only for a server on this machine/);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('discovers the server, lists it, and runs client credentials with typed resource and scope', async () => {
    await fillConnection(server.issuer);
    const added = page.locator('[data-testid^="connection-conn-"]');
    await added.waitFor();
    expect(await added.textContent()).toContain(server.issuer);
    expect(await page.getByTestId('connection-metadata').textContent()).toContain('token_endpoint');

    await page.getByTestId('cc-resources-input').fill('https://orders.tokenscope.test');
    await page.getByTestId('cc-resources-input').press('Enter');
    await page.getByTestId('cc-scopes-input').fill('read:orders');
    await page.getByTestId('cc-scopes-input').press('Enter');
    await page.getByTestId('run').click();
    await page.getByTestId('flow-result').waitFor();
    const payload = JSON.parse((await page.getByTestId('token-payload').textContent())!);
    expect(payload).toMatchObject({ iss: server.issuer, aud: 'https://orders.tokenscope.test', scope: 'read:orders' });
  });

  it('removes it again', async () => {
    await page.getByTestId('connection-remove').click();
    await page.getByTestId('connection-remove-confirm').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid^="connection-conn-"]'));
  });

  it('private_key_jwt: generates a key and shows the public part to register', async () => {
    await page.getByTestId('add-connection-open').click();
    await page.getByRole('radio', { name: 'Issuer URL' }).click();
    await page.getByTestId('connection-url').fill(server.issuer);
    await page.getByTestId('connection-client-id').fill('tokenscope-m2m');
    await page.getByRole('combobox', { name: 'Client authentication' }).selectOption('private_key_jwt');
    await page.getByTestId('connection-add').click();
    const shown = JSON.parse((await page.getByTestId('connection-public-jwk').textContent())!);
    expect(shown).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig' });
    expect(shown).not.toHaveProperty('d');
    await page.getByTestId('connection-remove').click();
    await page.getByTestId('connection-remove-confirm').click();
  });
});
