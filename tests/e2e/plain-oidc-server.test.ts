import { describe, expect, it } from 'vitest';
import { chromiumMissingReason } from '../support/chromium.js';
import { appBesideServer } from '../support/app-beside-server.js';
import { addChip, addConnection as addConnectionOn, optionValues, selectedConnection } from '../support/app-page.js';
import {
  PLAIN_APIS,
  PLAIN_M2M,
  PLAIN_NATIVE,
  PLAIN_USERS,
  startPlainOidcServer,
} from '../support/plain-oidc-server.js';

const noChromium = chromiumMissingReason();
const ORDERS = PLAIN_APIS.orders.indicator;
const STOCK = PLAIN_APIS.stock.indicator;

// Issue 12: the UI's flows against a server unlike the sandbox (plain oidc-provider, a path in the issuer,
// client_secret_post only, refresh tokens of confidential clients not rotated, no DPoP, no default API), in
// Chromium, just as against the sandbox. Tokenscope knows none of its APIs until the user names them.
describe.skipIf(noChromium)(
  `the UI against a plain OpenID Connect server${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    const opened = appBesideServer(() => startPlainOidcServer());

    const addConnection = (clientId: string, kind: string, authMethod: string, secret?: string) =>
      addConnectionOn(opened.page, {
        issuer: opened.server.issuer,
        clientId,
        kind,
        authMethod,
        ...(secret !== undefined ? { secret } : {}),
      });
    const selected = () => selectedConnection(opened.page);

    it('signs in with the system browser and a loopback redirect, on an issuer with a path', async () => {
      await addConnection(PLAIN_NATIVE.clientId, 'native', 'none');
      expect(await selected().textContent()).toContain(
        `${new URL(opened.server.issuer).host}/tenant/a · ${PLAIN_NATIVE.clientId}`,
      );
      await opened.page.getByTestId('grant-authorization_code').click();
      expect(await opened.page.getByTestId('auth-url').textContent()).toContain(`client_id=${PLAIN_NATIVE.clientId}`);
      await addChip(opened.page, 'auth-resources', ORDERS);
      await addChip(opened.page, 'auth-resources', STOCK);
      for (const scope of ['offline_access', 'orders:read', 'stock:read'])
        await addChip(opened.page, 'auth-scopes', scope);
      await opened.page.getByTestId('auth-prompt').selectOption('consent');
      await opened.page.getByTestId('token-resource').selectOption(ORDERS);

      const signInTab = opened.page.context().waitForEvent('page');
      await opened.page.getByTestId('sign-in').click();
      const tab = await signInTab;
      await tab.waitForLoadState();
      expect(tab.url()).toContain(`${opened.server.issuer}/`);
      await tab.getByLabel('Username').fill('ada');
      await tab.getByLabel('Password').fill(PLAIN_USERS.ada!);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByRole('button', { name: 'Allow' }).click();
      await tab.waitForURL((url) => url.hostname === '127.0.0.1' && url.pathname === '/callback');
      await tab.close();

      const run = opened.page.locator('[data-testid="flow-run"][data-grant="authorization_code"]');
      await run.waitFor();
      expect(await run.getAttribute('data-ok')).toBe('true');
      expect(JSON.parse((await run.getByTestId('token-payload').textContent())!)).toMatchObject({
        iss: opened.server.issuer,
        aud: ORDERS,
        sub: 'ada',
      });
    });

    it('refreshes for the other API resource of the sign-in, offered because the sign-in used it', async () => {
      expect(await optionValues(opened.page, 'refresh-resource')).toEqual(expect.arrayContaining([ORDERS, STOCK]));
      await opened.page.getByTestId('refresh-resource').selectOption(STOCK);
      await opened.page.getByTestId('refresh').click();
      const refreshed = opened.page.locator('[data-testid="flow-run"][data-grant="refresh_token"]');
      await refreshed.waitFor();
      expect(await refreshed.getAttribute('data-ok')).toBe('true');
      expect(JSON.parse((await refreshed.getByTestId('token-payload').textContent())!)).toMatchObject({
        aud: STOCK,
        scope: 'stock:read',
      });
    });

    it('runs client credentials once the connection is edited to the one authentication the server takes', async () => {
      await addConnection(PLAIN_M2M.clientId, 'm2m', 'client_secret_basic', PLAIN_M2M.clientSecret);
      await opened.page.getByTestId('grant-client_credentials').click();
      await addChip(opened.page, 'cc-resources', ORDERS);
      await addChip(opened.page, 'cc-scopes', 'orders:read');
      await opened.page.getByTestId('run').click();
      await opened.page.locator('[data-testid="flow-run"][data-grant="client_credentials"][data-ok="false"]').waitFor();

      await opened.page.getByTestId('connection-edit').click();
      await opened.page.getByTestId('edit-connection-auth-method').selectOption('client_secret_post');
      await opened.page.getByTestId('edit-connection-save').click();
      await opened.page.getByTestId('edit-connection').waitFor({ state: 'detached' });

      // The resource typed before is now offered as one of the connection's, still ticked.
      expect(await opened.page.getByTestId(`resource-${ORDERS}`).isChecked()).toBe(true);
      await opened.page.getByTestId('run').click();
      const run = opened.page.locator('[data-testid="flow-run"][data-grant="client_credentials"][data-ok="true"]');
      await run.waitFor();
      expect(JSON.parse((await run.getByTestId('token-payload').textContent())!)).toMatchObject({
        aud: ORDERS,
        scope: 'orders:read',
        client_id: PLAIN_M2M.clientId,
      });
      const tokenRequest = run.locator('[data-testid="timeline-entry"][data-step="token"]');
      await tokenRequest.locator('summary').click();
      expect(await tokenRequest.textContent()).not.toContain(PLAIN_M2M.clientSecret);
      await run.getByTestId('reveal').click();
      await run.getByTestId('revealed-token-response').waitFor();
    });
  },
);
