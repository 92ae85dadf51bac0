import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { worldGraph } from '../../shared/sandbox/world-graph.js';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { runClientCredentials } from '../support/app-page.js';

const noChromium = chromiumMissingReason();
const world = parseWorld(DEFAULT_WORLD_YAML);
/** The default world's app that holds the Management API access role, and its secret, read from the world itself. */
const ADMIN = world.applications.find((a) => a.id === 'tokenscope-admin-script')!;
const PRODUCTS = 'https://products.tokenscope.test';

describe.skipIf(noChromium)(`the picture of a tenant read${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let app: OpenApp;
  let page: Page;
  const picture = () => page.getByTestId('tenant-picture');
  const classOf = (testId: string) => picture().getByTestId(testId).getAttribute('class');

  beforeAll(async () => {
    app = await openApp({
      env: { TOKENSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'tokenscope-e2e-tenant-graph-')) },
      viewport: { width: 1400, height: 1000 },
    });
    page = app.page;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('draws the sandbox tenant read over HTTP: the graph of its world, node for node, and nothing to edit', async () => {
    await page.getByTestId('tab-tenant').click();
    await page.getByTestId('tenant-client-id').fill(ADMIN.id);
    await page.getByTestId('tenant-client-secret').fill(ADMIN.secret!);
    await page.getByTestId('tenant-save-access').click();
    await page.getByTestId('tenant-access-summary').filter({ hasText: ADMIN.id }).waitFor();
    await page.getByTestId('tenant-read').click();
    await page.locator('[data-testid="tenant-result"][data-status="complete"]').waitFor();
    await picture().getByTestId('node-user:vera').waitFor();
    const drawn = await picture()
      .locator('[data-node-id]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node-id')!));
    expect(drawn.sort()).toEqual(
      worldGraph(world)
        .nodes.map((n) => n.id)
        .sort(),
    );
    // Read-only: no editor, no form in the picture.
    expect(await picture().locator('textarea, input:not([type="search"]), .monaco-editor').count()).toBe(0);
  });

  it('lights an M2M token’s path through the tenant read, its refused scope a broken edge with the table’s reason', async () => {
    await page.getByTestId('tab-request').click();
    const run = await runClientCredentials(page, {
      resource: PRODUCTS,
      scopes: ['read:products', 'write:products', 'delete:products'],
    });
    await run.getByTestId('scopes-table').waitFor();
    const tableReason = await run.getByTestId('scopes-reason-delete:products').textContent();

    await page.getByTestId('tab-tenant').click();
    await picture().getByTestId('node-user:vera').waitFor();
    const select = picture().getByTestId('tenant-graph-token');
    const options = await select.locator('option').allTextContents();
    const index = options.findIndex((label) => /^Client credentials · access token/.test(label));
    expect(index, options.join(' | ')).toBeGreaterThan(0);
    await select.selectOption({ index });
    await picture().getByTestId('graph-path').waitFor();

    for (const id of [
      'node-app:tokenscope-m2m',
      'node-role:inventory-sync',
      `node-perm:${PRODUCTS} read:products`,
      `node-perm:${PRODUCTS} write:products`,
      `node-res:${PRODUCTS}`,
      'edge-app:tokenscope-m2m -> role:inventory-sync',
    ])
      expect(await classOf(id), id).toContain('on-path');
    expect(await classOf('node-user:vera')).toContain('dim');
    expect(await classOf('broken-delete:products')).toContain('broken');
    const shown = await picture().getByTestId('graph-broken-reason-delete:products').textContent();
    expect(tableReason).toContain(shown);
    expect(await picture().getByTestId('graph-path-summary').textContent()).toMatch(/of the tenant lead to this token/);
  });
});
