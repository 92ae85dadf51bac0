import { describe, expect, it } from 'vitest';
import { chromiumMissingReason } from '../support/chromium.js';
import { appBesideServer } from '../support/app-beside-server.js';
import { fillConnection as fillConnectionOn } from '../support/app-page.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';

const noChromium = chromiumMissingReason();

// Another server, known to the app only by its address: a second sandbox started by the test.
describe.skipIf(noChromium)(
  `adding a connection to another server${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    const opened = appBesideServer(() => startSandbox({ port: 0 }));

    const fillConnection = (issuer: string) =>
      fillConnectionOn(opened.page, {
        issuer,
        clientId: 'tokenscope-m2m',
        secret: 'sandbox-m2m-secret-not-for-production',
      });

    it('refuses plain http to another machine before sending anything', async () => {
      await fillConnection('http://auth.example.com/oidc');
      expect(await opened.page.getByTestId('connection-error').textContent()).toMatch(
        /only for a server on this machine/,
      );
      await opened.page.getByRole('button', { name: 'Cancel' }).click();
    });

    it('discovers the server, lists it, and runs client credentials with typed resource and scope', async () => {
      await fillConnection(opened.server.issuer);
      const added = opened.page.locator('[data-testid^="connection-conn-"]');
      await added.waitFor();
      expect(await added.textContent()).toContain(opened.server.issuer);
      expect(await opened.page.getByTestId('connection-metadata').textContent()).toContain('token_endpoint');

      await opened.page.getByTestId('cc-resources-input').fill('https://orders.tokenscope.test');
      await opened.page.getByTestId('cc-resources-input').press('Enter');
      await opened.page.getByTestId('cc-scopes-input').fill('read:orders');
      await opened.page.getByTestId('cc-scopes-input').press('Enter');
      await opened.page.getByTestId('run').click();
      await opened.page.getByTestId('flow-result').waitFor();
      const payload = JSON.parse((await opened.page.getByTestId('token-payload').textContent())!);
      expect(payload).toMatchObject({
        iss: opened.server.issuer,
        aud: 'https://orders.tokenscope.test',
        scope: 'read:orders',
      });
    });

    it('removes it again', async () => {
      await opened.page.getByTestId('connection-remove').click();
      await opened.page.getByTestId('connection-remove-confirm').click();
      await opened.page.waitForFunction(() => !document.querySelector('[data-testid^="connection-conn-"]'));
    });

    it('private_key_jwt: generates a key and shows the public part to register', async () => {
      await opened.page.getByTestId('add-connection-open').click();
      await opened.page.getByRole('radio', { name: 'Issuer URL' }).click();
      await opened.page.getByTestId('connection-url').fill(opened.server.issuer);
      await opened.page.getByTestId('connection-client-id').fill('tokenscope-m2m');
      await opened.page.getByRole('combobox', { name: 'Client authentication' }).selectOption('private_key_jwt');
      await opened.page.getByTestId('connection-add').click();
      const shown = JSON.parse((await opened.page.getByTestId('connection-public-jwk').textContent())!);
      expect(shown).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig' });
      expect(shown).not.toHaveProperty('d');
      await opened.page.getByTestId('connection-remove').click();
      await opened.page.getByTestId('connection-remove-confirm').click();
    });
  },
);
