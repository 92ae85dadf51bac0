import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';

const noChromium = chromiumMissingReason();
/** The default world's app that holds the Management API access role, and its secret, read from the world itself. */
const ADMIN = parseWorld(DEFAULT_WORLD_YAML).applications.find((a) => a.id === 'tokenscope-admin-script')!;

describe.skipIf(noChromium)(`the Tenant view${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp({ env: { TOKENSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'tokenscope-e2e-tenant-')) } });
    page = app.page;
    await page.getByTestId('tab-tenant').click();
    await page.getByTestId('tenant-access').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  const save = async (clientId: string, secret: string) => {
    await page.getByTestId('tenant-client-id').fill(clientId);
    await page.getByTestId('tenant-client-secret').fill(secret);
    await page.getByTestId('tenant-save-access').click();
    await page.getByTestId('tenant-access-summary').filter({ hasText: clientId }).waitFor();
  };

  it('a wrong secret: nothing shown as read, the fault and its fix instead', async () => {
    await save(ADMIN.id, 'not-the-secret');
    await page.getByTestId('tenant-read').click();
    await page.locator('[data-testid="tenant-result"][data-status="failed"]').waitFor();
    expect(await page.getByTestId('tenant-problem').textContent()).toMatch(
      /secret of tokenscope-admin-script is wrong/,
    );
    expect(await page.getByTestId('tenant-counts').count()).toBe(0);
  });

  it('reads the sandbox tenant whole through its Management API, then shows every request of the read', async () => {
    await save(ADMIN.id, ADMIN.secret!);
    expect(await page.getByTestId('tenant-access-summary').textContent()).toContain('https://default.logto.app/api');
    await page.getByTestId('tenant-read').click();
    await page.locator('[data-testid="tenant-result"][data-status="complete"]').waitFor();
    const counts = await page.getByTestId('tenant-counts').textContent();
    expect(counts).toContain('Users4');
    expect(counts).toContain('Organizations1');
    expect(await page.getByTestId('tenant-read').textContent()).toBe('Refresh');
    await page.getByTestId('tenant-timeline').click();
    const requests = page.locator('section[aria-label="Requests of the read"]');
    await requests.getByText('/api/users?page=1', { exact: false }).first().waitFor();
    const timeline = await requests.textContent();
    expect(timeline).toContain('/api/users');
    expect(timeline).not.toContain(ADMIN.secret!);
  });

  it('a refresh reuses the token of the last read: no token request, and a line says which token', async () => {
    await page.getByTestId('tenant-read').click();
    await page.getByTestId('tenant-token-reused').waitFor();
    expect(await page.getByTestId('tenant-token-reused').textContent()).toMatch(
      /reused the Management API token obtained at .+ \(valid until .+\)/,
    );
    await page.getByTestId('tenant-timeline').click();
    const requests = page.locator('section[aria-label="Requests of the read"]');
    await requests.getByText('/api/users?page=1', { exact: false }).first().waitFor();
    expect(await requests.textContent()).not.toContain('/oidc/token');
  });
});
