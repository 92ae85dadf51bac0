import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';

const noChromium = chromiumMissingReason();
const M2M = 'tokenscope-m2m';
const PRODUCTS = 'https://products.tokenscope.test';

// The app's own sandbox, added again by its issuer URL, is the server workspace A connects to.
describe.skipIf(noChromium)(
  `connections follow the workspace, and an import asks for their secrets${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;
    let exported: string;
    const m2mSecret = defaultWorld().applications.find((a) => a.id === M2M)!.secret!;
    const added = () => page.locator('[data-testid^="connection-conn-"]');

    beforeAll(async () => {
      app = await openApp();
      page = app.page;
      await page.getByTestId('connection-sandbox').waitFor();
    });
    afterAll(() => app?.close());

    async function newWorkspace(name: string) {
      page.once('dialog', (dialog) => void dialog.accept(name));
      await page.getByTestId('workspace-new').click();
      await page.waitForFunction((n) => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="workspace-select"]');
        return select?.selectedOptions[0]?.textContent?.startsWith(n);
      }, name);
    }

    it('adds a connection in workspace A and exports A without its secret', async () => {
      await newWorkspace('Tenant A');
      await page.getByTestId('add-connection-open').click();
      await page.getByRole('radio', { name: 'Issuer URL' }).click();
      await page.getByTestId('connection-url').fill(app.web.ready.issuer);
      await page.getByTestId('connection-client-id').fill(M2M);
      await page.getByTestId('connection-secret').fill(m2mSecret);
      await page.getByTestId('connection-add').click();
      await added().waitFor();

      const download = page.waitForEvent('download');
      await page.getByTestId('workspace-export').click();
      exported = await readFile((await (await download).path())!, 'utf8');
      expect(exported).not.toContain(m2mSecret);
      expect(JSON.parse(exported).workspace).toMatchObject({
        name: 'Tenant A',
        connections: [
          { issuer: app.web.ready.issuer, clients: [{ clientId: M2M, authMethod: 'client_secret_basic' }] },
        ],
      });
    });

    it("workspace B does not show A's connection, and its views cannot pick it", async () => {
      await newWorkspace('Tenant B');
      await page.waitForFunction(() => !document.querySelector('[data-testid^="connection-conn-"]'));
      expect(await page.getByTestId('connection-sandbox').getAttribute('aria-current')).toBe('true');
      await page.getByTestId('workspace-select').selectOption({ label: 'Tenant A · 0 calls' });
      await added().waitFor();
      expect(await page.getByTestId('connection-sandbox').count()).toBe(1);
    });

    it('imports A as a new workspace; the form asks for the client secret, and refuses an empty one', async () => {
      await page.getByTestId('workspace-import').setInputFiles({
        name: 'Tenant-A.tokenscope.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await page.waitForFunction(() =>
        document
          .querySelector<HTMLSelectElement>('[data-testid="workspace-select"]')
          ?.selectedOptions[0]?.textContent?.startsWith('Tenant A (2) · '),
      );
      const row = page.getByTestId(`secret-row-${M2M}`);
      await row.waitFor();
      expect(await row.textContent()).toMatch(new RegExp(`${M2M}.*client_secret_basic`));
      expect(await page.getByTestId('workspace-import-result').textContent()).toMatch(/Exports never carry secrets/);
      expect(await added().textContent()).toMatch(/secret missing/);

      // Keyboard only: focus the labelled field, Enter submits.
      await page.getByLabel('Client secret', { exact: true }).focus();
      await page.keyboard.press('Enter');
      expect(await page.getByTestId(`secret-error-${M2M}`).textContent()).toMatch(
        /Enter the client secret of tokenscope-m2m/,
      );
    });

    it('can be skipped and reopened from the connection, and once the secret is entered the connection runs', async () => {
      await page.getByTestId('secrets-close').click();
      expect(await page.getByTestId('secrets-form').count()).toBe(0);
      await added().click();
      await page.getByTestId('connection-enter-secret').click();
      await page.getByLabel('Client secret', { exact: true }).fill(m2mSecret);
      await page.keyboard.press('Enter');
      await page.getByTestId('secrets-done').waitFor();
      expect(await added().textContent()).not.toMatch(/secret missing/);
      await page.getByTestId('secrets-close').click();

      await page.getByTestId('cc-resources-input').fill(PRODUCTS);
      await page.getByTestId('cc-resources-input').press('Enter');
      await page.getByTestId('cc-scopes-input').fill('read:products');
      await page.getByTestId('cc-scopes-input').press('Enter');
      await page.getByTestId('run').click();
      await page.getByTestId('flow-result').waitFor();
      const payload = JSON.parse((await page.getByTestId('token-payload').textContent())!);
      expect(payload).toMatchObject({ iss: app.web.ready.issuer, aud: PRODUCTS, scope: 'read:products' });
    });
  },
);
