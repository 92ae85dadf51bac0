import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';

const noChromium = chromiumMissingReason();
const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

async function addChip(page: Page, field: string, value: string) {
  await page.getByTestId(`${field}-input`).fill(value);
  await page.getByTestId(`${field}-input`).press('Enter');
}

async function optionValues(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

// Issue 12: every connection first-class. The second server is known to the app only by its address (a second
// sandbox started by the test), so nothing the built-in sandbox connection offers applies to it.
describe.skipIf(noChromium)(`a connection other than the sandbox${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
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

  async function addConnection(clientId: string, kind: string, secret?: string) {
    await page.getByTestId('add-connection-open').click();
    await page.getByRole('radio', { name: 'Issuer URL' }).click();
    await page.getByTestId('connection-url').fill(server.issuer);
    await page.getByTestId('connection-client-id').fill(clientId);
    await page.getByRole('combobox', { name: 'Application type' }).selectOption(kind);
    if (secret !== undefined) await page.getByTestId('connection-secret').fill(secret);
    await page.getByTestId('connection-add').click();
    await page.getByTestId('add-connection').waitFor({ state: 'detached' });
  }

  const selected = () => page.locator('[data-testid^="connection-conn-"][aria-current="true"]');

  it('signs in with the client of the connection shown, not the one picked before it was added', async () => {
    await page.getByTestId('grant-authorization_code').click();
    expect(await page.getByTestId('auth-url').textContent()).toContain('client_id=tokenscope-native');
    await addConnection('tokenscope-web', 'traditional', 'sandbox-web-secret-not-for-production');
    await selected().waitFor();
    expect(await page.getByTestId('auth-client').inputValue()).toBe('tokenscope-web');
    expect(await page.getByTestId('auth-url').textContent()).toContain('client_id=tokenscope-web');
    expect(await page.getByTestId('auth-url').textContent()).not.toContain('tokenscope-native');
  });

  it('names a connection after its issuer and its app, so two on one server tell apart', async () => {
    const host = new URL(server.issuer).host;
    expect(await selected().textContent()).toContain(`${host}/oidc · tokenscope-web`);
  });

  it('fixes a wrong secret and renames, without removing the connection', async () => {
    await addConnection('tokenscope-m2m', 'm2m', 'not-the-secret');
    await page.getByTestId('grant-client_credentials').click();
    await addChip(page, 'cc-resources', ORDERS);
    await page.getByTestId('run').click();
    await page.locator('[data-testid="flow-run"][data-ok="false"]').waitFor();
    expect(await page.getByTestId('flow-error').textContent()).toContain('invalid_client');

    await page.getByTestId('connection-edit').click();
    await page.getByTestId('edit-connection-secret').fill('sandbox-m2m-secret-not-for-production');
    await page.getByTestId('edit-connection-name').fill('Second server (M2M)');
    await page.getByTestId('edit-connection-save').click();
    await page.getByTestId('edit-connection').waitFor({ state: 'detached' });
    expect(await selected().textContent()).toContain('Second server (M2M)');

    await page.getByTestId('run').click();
    await page.locator('[data-testid="flow-run"][data-ok="true"]').waitFor();
  });

  it('offers the API resources used on the connection to every grant, and takes a typed one', async () => {
    // The run above asked for the Orders API: the connection remembers it (nothing is registered on the connection).
    await page.getByTestId(`resource-${ORDERS}`).waitFor();
    await page.getByTestId('grant-device_code').click();
    expect(await optionValues(page, 'device-resource')).toContain(ORDERS);
    await page.getByTestId('grant-token_exchange').click();
    expect(await optionValues(page, 'exchange-resource')).toContain(ORDERS);
    await page.getByTestId('exchange-resource').selectOption('(typed)');
    await page.getByTestId('exchange-resource-typed').fill('orders.example.com');
    expect(await page.getByTestId('exchange-resource-finding').textContent()).toMatch(/not an absolute URI/);
  });

  it('signs in once on the other server, then refreshes per API resource', async () => {
    await addConnection('tokenscope-native', 'native');
    await page.getByTestId('grant-authorization_code').click();
    await addChip(page, 'auth-resources', PRODUCTS);
    await addChip(page, 'auth-resources', ORDERS);
    await addChip(page, 'auth-scopes', 'offline_access');
    await addChip(page, 'auth-scopes', 'read:products');
    await addChip(page, 'auth-scopes', 'read:orders');
    await page.getByTestId('auth-prompt').selectOption('consent');
    const signInTab = page.context().waitForEvent('page');
    await page.getByTestId('sign-in').click();
    const tab = await signInTab;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).origin).toBe(new URL(server.issuer).origin);
    await tab.locator('button.user[value="ada"]').click();
    await tab.getByRole('button', { name: 'Authorize' }).click();
    await tab.waitForURL((url) => url.hostname === '127.0.0.1' && url.pathname === '/callback');
    await tab.close();
    await page.locator('[data-testid="flow-run"][data-grant="authorization_code"][data-ok="true"]').waitFor();

    expect(await optionValues(page, 'refresh-resource')).toEqual(expect.arrayContaining([PRODUCTS, ORDERS]));
    await page.getByTestId('refresh-resource').selectOption(ORDERS);
    await page.getByTestId('refresh').click();
    const refreshed = page.locator('[data-testid="flow-run"][data-grant="refresh_token"][data-ok="true"]');
    await refreshed.waitFor();
    expect(JSON.parse((await refreshed.getByTestId('token-payload').textContent())!)).toMatchObject({ aud: ORDERS, iss: server.issuer });
  });

  it('shows client credentials as a run like every other: timeline, diagram, reveal, token operations', async () => {
    await page.getByTestId('connection-sandbox').click();
    await page.getByTestId('grant-client_credentials').click();
    // Scopes of an API that is no longer ticked are no longer asked for.
    await page.getByTestId(`resource-${PRODUCTS}`).check();
    await page.getByTestId('scope-read:products').check();
    await page.getByTestId(`resource-${PRODUCTS}`).uncheck();
    await page.getByTestId(`resource-${ORDERS}`).check();
    await page.getByTestId('scope-read:orders').check();
    await page.getByTestId('run').click();
    const run = page.locator('[data-testid="flow-run"][data-grant="client_credentials"][data-ok="true"]');
    await run.waitFor();
    const tokenRequest = run.locator('[data-testid="timeline-entry"][data-step="token"]');
    await tokenRequest.locator('summary').click();
    const sent = await tokenRequest.textContent();
    expect(sent).toContain('read%3Aorders');
    expect(sent).not.toContain('read%3Aproducts');
    await run.getByTestId('sequence-diagram').waitFor();
    await tokenRequest.getByTestId('copy-curl').waitFor();
    await run.getByTestId('introspect-access_token').waitFor();
    await run.getByTestId('reveal').click();
    await run.getByTestId('revealed-token-response').waitFor();
  });

  it('keeps the runs over a reload, each naming its connection and grant, filterable', async () => {
    await page.reload();
    await page.getByTestId('connection-sandbox').waitFor();
    const runs = page.getByTestId('run-item');
    await runs.first().waitFor();
    const labels = await runs.allTextContents();
    expect(labels.some((l) => l.includes('Sandbox') && l.includes('client_credentials'))).toBe(true);
    expect(labels.some((l) => l.includes('tokenscope-native') && l.includes('refresh_token'))).toBe(true);
    await page.getByTestId('runs-filter-grant').selectOption('refresh_token');
    expect((await runs.allTextContents()).every((l) => l.includes('refresh_token'))).toBe(true);
  });

  it('asks before removing a connection; Escape keeps it', async () => {
    await page.locator('[data-testid^="connection-conn-"]').first().click();
    const count = await page.locator('[data-testid^="connection-conn-"]').count();
    await page.getByTestId('connection-remove').click();
    await expect(page.getByTestId('connection-remove-confirm').evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('connection-remove-confirm').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid^="connection-conn-"]').count()).toBe(count);
    await page.getByTestId('connection-remove').click();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="connection-conn-"]').length === n - 1, count);
  });
});
