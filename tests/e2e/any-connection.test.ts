import { describe, expect, it } from 'vitest';
import { chromiumMissingReason } from '../support/chromium.js';
import { appBesideServer } from '../support/app-beside-server.js';
import { addChip, addConnection as addConnectionOn, optionValues, selectedConnection } from '../support/app-page.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';

const noChromium = chromiumMissingReason();
const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

// Issue 12: every connection first-class. The second server is known to the app only by its address (a second
// sandbox started by the test), so nothing the built-in sandbox connection offers applies to it.
describe.skipIf(noChromium)(
  `a connection other than the sandbox${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    const opened = appBesideServer(() => startSandbox({ port: 0 }));

    const addConnection = (clientId: string, kind: string, secret?: string) =>
      addConnectionOn(opened.page, {
        issuer: opened.server.issuer,
        clientId,
        kind,
        ...(secret !== undefined ? { secret } : {}),
      });
    const selected = () => selectedConnection(opened.page);

    it('signs in with the client of the connection shown, not the one picked before it was added', async () => {
      await opened.page.getByTestId('grant-authorization_code').click();
      expect(await opened.page.getByTestId('auth-url').textContent()).toContain('client_id=tokenscope-native');
      await addConnection('tokenscope-web', 'traditional', 'sandbox-web-secret-not-for-production');
      await selected().waitFor();
      expect(await opened.page.getByTestId('auth-client').inputValue()).toBe('tokenscope-web');
      expect(await opened.page.getByTestId('auth-url').textContent()).toContain('client_id=tokenscope-web');
      expect(await opened.page.getByTestId('auth-url').textContent()).not.toContain('tokenscope-native');
    });

    it('names a connection after its issuer and its app, so two on one server tell apart', async () => {
      const host = new URL(opened.server.issuer).host;
      expect(await selected().textContent()).toContain(`${host}/oidc · tokenscope-web`);
    });

    it('fixes a wrong secret and renames, without removing the connection', async () => {
      await addConnection('tokenscope-m2m', 'm2m', 'not-the-secret');
      await opened.page.getByTestId('grant-client_credentials').click();
      await addChip(opened.page, 'cc-resources', ORDERS);
      await opened.page.getByTestId('run').click();
      await opened.page.locator('[data-testid="flow-run"][data-ok="false"]').waitFor();
      expect(await opened.page.getByTestId('flow-error').textContent()).toContain('invalid_client');

      await opened.page.getByTestId('connection-edit').click();
      await opened.page.getByTestId('edit-connection-secret').fill('sandbox-m2m-secret-not-for-production');
      await opened.page.getByTestId('edit-connection-name').fill('Second server (M2M)');
      await opened.page.getByTestId('edit-connection-save').click();
      await opened.page.getByTestId('edit-connection').waitFor({ state: 'detached' });
      expect(await selected().textContent()).toContain('Second server (M2M)');

      await opened.page.getByTestId('run').click();
      await opened.page.locator('[data-testid="flow-run"][data-ok="true"]').waitFor();
    });

    it('offers the API resources used on the connection to every grant, and takes a typed one', async () => {
      // The run above asked for the Orders API: the connection remembers it (nothing is registered on the connection).
      await opened.page.getByTestId(`resource-${ORDERS}`).waitFor();
      await opened.page.getByTestId('grant-device_code').click();
      expect(await optionValues(opened.page, 'device-resource')).toContain(ORDERS);
      await opened.page.getByTestId('grant-token_exchange').click();
      expect(await optionValues(opened.page, 'exchange-resource')).toContain(ORDERS);
      await opened.page.getByTestId('exchange-resource').selectOption('(typed)');
      await opened.page.getByTestId('exchange-resource-typed').fill('orders.example.com');
      expect(await opened.page.getByTestId('exchange-resource-finding').textContent()).toMatch(/not an absolute URI/);
    });

    it('signs in once on the other server, then refreshes per API resource', async () => {
      await addConnection('tokenscope-native', 'native');
      await opened.page.getByTestId('grant-authorization_code').click();
      await addChip(opened.page, 'auth-resources', PRODUCTS);
      await addChip(opened.page, 'auth-resources', ORDERS);
      await addChip(opened.page, 'auth-scopes', 'offline_access');
      await addChip(opened.page, 'auth-scopes', 'read:products');
      await addChip(opened.page, 'auth-scopes', 'read:orders');
      await opened.page.getByTestId('auth-prompt').selectOption('consent');
      const signInTab = opened.page.context().waitForEvent('page');
      await opened.page.getByTestId('sign-in').click();
      const tab = await signInTab;
      await tab.waitForLoadState();
      expect(new URL(tab.url()).origin).toBe(new URL(opened.server.issuer).origin);
      await tab.locator('button.user[value="ada"]').click();
      await tab.getByRole('button', { name: 'Authorize' }).click();
      await tab.waitForURL((url) => url.hostname === '127.0.0.1' && url.pathname === '/callback');
      await tab.close();
      await opened.page.locator('[data-testid="flow-run"][data-grant="authorization_code"][data-ok="true"]').waitFor();

      expect(await optionValues(opened.page, 'refresh-resource')).toEqual(expect.arrayContaining([PRODUCTS, ORDERS]));
      await opened.page.getByTestId('refresh-resource').selectOption(ORDERS);
      await opened.page.getByTestId('refresh').click();
      const refreshed = opened.page.locator('[data-testid="flow-run"][data-grant="refresh_token"][data-ok="true"]');
      await refreshed.waitFor();
      expect(JSON.parse((await refreshed.getByTestId('token-payload').textContent())!)).toMatchObject({
        aud: ORDERS,
        iss: opened.server.issuer,
      });
    });

    it('shows client credentials as a run like every other: timeline, diagram, reveal, token operations', async () => {
      await opened.page.getByTestId('connection-sandbox').click();
      await opened.page.getByTestId('grant-client_credentials').click();
      // Scopes of an API that is no longer ticked are no longer asked for.
      await opened.page.getByTestId(`resource-${PRODUCTS}`).check();
      await opened.page.getByTestId('scope-read:products').check();
      await opened.page.getByTestId(`resource-${PRODUCTS}`).uncheck();
      await opened.page.getByTestId(`resource-${ORDERS}`).check();
      await opened.page.getByTestId('scope-read:orders').check();
      await opened.page.getByTestId('run').click();
      const run = opened.page.locator('[data-testid="flow-run"][data-grant="client_credentials"][data-ok="true"]');
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
      await opened.page.reload();
      await opened.page.getByTestId('connection-sandbox').waitFor();
      const runs = opened.page.getByTestId('run-item');
      await runs.first().waitFor();
      const labels = await runs.allTextContents();
      expect(labels.some((l) => l.includes('Sandbox') && l.includes('client_credentials'))).toBe(true);
      expect(labels.some((l) => l.includes('tokenscope-native') && l.includes('refresh_token'))).toBe(true);
      await opened.page.getByTestId('runs-filter-grant').selectOption('refresh_token');
      expect((await runs.allTextContents()).every((l) => l.includes('refresh_token'))).toBe(true);
    });

    it('asks before removing a connection; Escape keeps it', async () => {
      await opened.page.locator('[data-testid^="connection-conn-"]').first().click();
      const count = await opened.page.locator('[data-testid^="connection-conn-"]').count();
      await opened.page.getByTestId('connection-remove').click();
      await expect(
        opened.page.getByTestId('connection-remove-confirm').evaluate((e) => e === document.activeElement),
      ).resolves.toBe(true);
      await opened.page.keyboard.press('Escape');
      await opened.page.getByTestId('connection-remove-confirm').waitFor({ state: 'detached' });
      expect(await opened.page.locator('[data-testid^="connection-conn-"]').count()).toBe(count);
      await opened.page.getByTestId('connection-remove').click();
      await opened.page.keyboard.press('Enter');
      await opened.page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid^="connection-conn-"]').length === n - 1,
        count,
      );
    });
  },
);
