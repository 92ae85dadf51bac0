import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { PLAIN_APIS, PLAIN_M2M, PLAIN_NATIVE, PLAIN_USERS, startPlainOidcServer, type PlainOidcServer } from '../support/plain-oidc-server.js';

const noChromium = chromiumMissingReason();
const ORDERS = PLAIN_APIS.orders.indicator;
const STOCK = PLAIN_APIS.stock.indicator;

async function addChip(page: Page, field: string, value: string) {
  await page.getByTestId(`${field}-input`).fill(value);
  await page.getByTestId(`${field}-input`).press('Enter');
}

async function optionValues(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

// Issue 12: the UI's flows against a server unlike the sandbox (plain oidc-provider, a path in the issuer,
// client_secret_post only, refresh tokens of confidential clients not rotated, no DPoP, no default API), in
// Chromium, just as against the sandbox. Tokenscope knows none of its APIs until the user names them.
describe.skipIf(noChromium)(`the UI against a plain OpenID Connect server${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let app: OpenApp;
  let page: Page;
  let server: PlainOidcServer;

  beforeAll(async () => {
    server = await startPlainOidcServer();
    app = await openApp();
    page = app.page;
    await page.getByTestId('connection-sandbox').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  async function addConnection(clientId: string, kind: string, authMethod: string, secret?: string) {
    await page.getByTestId('add-connection-open').click();
    await page.getByRole('radio', { name: 'Issuer URL' }).click();
    await page.getByTestId('connection-url').fill(server.issuer);
    await page.getByTestId('connection-client-id').fill(clientId);
    await page.getByRole('combobox', { name: 'Application type' }).selectOption(kind);
    await page.getByRole('combobox', { name: 'Client authentication' }).selectOption(authMethod);
    if (secret !== undefined) await page.getByTestId('connection-secret').fill(secret);
    await page.getByTestId('connection-add').click();
    await page.getByTestId('add-connection').waitFor({ state: 'detached' });
  }

  const selected = () => page.locator('[data-testid^="connection-conn-"][aria-current="true"]');

  it('signs in with the system browser and a loopback redirect, on an issuer with a path', async () => {
    await addConnection(PLAIN_NATIVE.clientId, 'native', 'none');
    expect(await selected().textContent()).toContain(`${new URL(server.issuer).host}/tenant/a · ${PLAIN_NATIVE.clientId}`);
    await page.getByTestId('grant-authorization_code').click();
    expect(await page.getByTestId('auth-url').textContent()).toContain(`client_id=${PLAIN_NATIVE.clientId}`);
    await addChip(page, 'auth-resources', ORDERS);
    await addChip(page, 'auth-resources', STOCK);
    for (const scope of ['offline_access', 'orders:read', 'stock:read']) await addChip(page, 'auth-scopes', scope);
    await page.getByTestId('auth-prompt').selectOption('consent');
    await page.getByTestId('token-resource').selectOption(ORDERS);

    const signInTab = page.context().waitForEvent('page');
    await page.getByTestId('sign-in').click();
    const tab = await signInTab;
    await tab.waitForLoadState();
    expect(tab.url()).toContain(`${server.issuer}/`);
    await tab.getByLabel('Username').fill('ada');
    await tab.getByLabel('Password').fill(PLAIN_USERS.ada!);
    await tab.getByRole('button', { name: 'Sign in' }).click();
    await tab.getByRole('button', { name: 'Allow' }).click();
    await tab.waitForURL((url) => url.hostname === '127.0.0.1' && url.pathname === '/callback');
    await tab.close();

    const run = page.locator('[data-testid="flow-run"][data-grant="authorization_code"]');
    await run.waitFor();
    expect(await run.getAttribute('data-ok')).toBe('true');
    expect(JSON.parse((await run.getByTestId('token-payload').textContent())!)).toMatchObject({ iss: server.issuer, aud: ORDERS, sub: 'ada' });
  });

  it('refreshes for the other API resource of the sign-in, offered because the sign-in used it', async () => {
    expect(await optionValues(page, 'refresh-resource')).toEqual(expect.arrayContaining([ORDERS, STOCK]));
    await page.getByTestId('refresh-resource').selectOption(STOCK);
    await page.getByTestId('refresh').click();
    const refreshed = page.locator('[data-testid="flow-run"][data-grant="refresh_token"]');
    await refreshed.waitFor();
    expect(await refreshed.getAttribute('data-ok')).toBe('true');
    expect(JSON.parse((await refreshed.getByTestId('token-payload').textContent())!)).toMatchObject({ aud: STOCK, scope: 'stock:read' });
  });

  it('runs client credentials once the connection is edited to the one authentication the server takes', async () => {
    await addConnection(PLAIN_M2M.clientId, 'm2m', 'client_secret_basic', PLAIN_M2M.clientSecret);
    await page.getByTestId('grant-client_credentials').click();
    await addChip(page, 'cc-resources', ORDERS);
    await addChip(page, 'cc-scopes', 'orders:read');
    await page.getByTestId('run').click();
    await page.locator('[data-testid="flow-run"][data-grant="client_credentials"][data-ok="false"]').waitFor();

    await page.getByTestId('connection-edit').click();
    await page.getByTestId('edit-connection-auth-method').selectOption('client_secret_post');
    await page.getByTestId('edit-connection-save').click();
    await page.getByTestId('edit-connection').waitFor({ state: 'detached' });

    // The resource typed before is now offered as one of the connection's, still ticked.
    expect(await page.getByTestId(`resource-${ORDERS}`).isChecked()).toBe(true);
    await page.getByTestId('run').click();
    const run = page.locator('[data-testid="flow-run"][data-grant="client_credentials"][data-ok="true"]');
    await run.waitFor();
    expect(JSON.parse((await run.getByTestId('token-payload').textContent())!)).toMatchObject({ aud: ORDERS, scope: 'orders:read', client_id: PLAIN_M2M.clientId });
    const tokenRequest = run.locator('[data-testid="timeline-entry"][data-step="token"]');
    await tokenRequest.locator('summary').click();
    expect(await tokenRequest.textContent()).not.toContain(PLAIN_M2M.clientSecret);
    await run.getByTestId('reveal').click();
    await run.getByTestId('revealed-token-response').waitFor();
  });
});
