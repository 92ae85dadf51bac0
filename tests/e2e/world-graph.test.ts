import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { addChip, requestAuthorization, runClientCredentials, signInInTab } from '../support/app-page.js';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const noChromium = chromiumMissingReason();
const PRODUCTS = 'https://products.tokenscope.test';
const EDDIE_PAT = 'pat_SandboxEddieLaptopScript00000001';

/** The id of the graph node that has the focus, if any. */
const focusedNode = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? undefined);

/** The classes of a node or edge of the graph. */
const classOf = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('class');

/**
 * Compares the graph's lit path of the token picked with the run's scope table in the Request view: each scope in
 * the token is a lit permission, each requested one missing is a broken edge with the table's very reason.
 */
async function expectPathMatchesTable(page: Page, tokenLabel: RegExp, missing: string[], present: string[]) {
  await page.getByTestId('flow-run').last().getByTestId('scopes-table').waitFor();
  const reasons = new Map<string, string>();
  for (const scope of missing) {
    const cell = page.getByTestId('flow-run').last().getByTestId(`scopes-reason-${scope}`);
    reasons.set(scope, (await cell.textContent())!);
  }
  await page.getByTestId('tab-sandbox').click();
  const select = page.getByTestId('graph-token');
  const options = await select.locator('option').allTextContents();
  const index = options.findIndex((label) => tokenLabel.test(label));
  expect(index, options.join(' | ')).toBeGreaterThan(0);
  await select.selectOption({ index });
  await page.getByTestId('graph-path').waitFor();
  for (const scope of present) {
    expect(await classOf(page, `node-perm:${PRODUCTS} ${scope}`)).toContain('on-path');
  }
  for (const scope of missing) {
    expect(await classOf(page, `broken-${scope}`)).toContain('broken');
    const shown = await page.getByTestId(`graph-broken-reason-${scope}`).textContent();
    expect(reasons.get(scope)).toContain(shown);
  }
  expect(await page.locator('[data-testid^="graph-broken-reason-"]').count()).toBe(missing.length);
}

describe.skipIf(noChromium)(`the world as a graph${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-e2e-graph-'));
  let app: OpenApp;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await openApp({ env: { TOKENSCOPE_DATA_DIR: dataDir }, viewport: { width: 1400, height: 1000 } });
    page = app.page;
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.getByTestId('tab-sandbox').click();
    await page.getByTestId('node-user:vera').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('draws the world with its edges, laid out', async () => {
    for (const edge of [
      'user:vera -> role:viewer',
      'user:vera -> org:acme',
      `perm:${PRODUCTS} read:products -> res:${PRODUCTS}`,
    ])
      expect(await page.getByTestId(`edge-${edge}`).getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L/);
    const box = (id: string) => page.getByTestId(`node-${id}`).boundingBox();
    const [user, role, api] = await Promise.all([box('user:vera'), box('role:viewer'), box(`res:${PRODUCTS}`)]);
    expect(user!.x).toBeLessThan(role!.x);
    expect(role!.x).toBeLessThan(api!.x);
  });

  it('reaches a node by Tab, moves with the arrows, shows its edges on Enter and clears on Escape', async () => {
    await page.getByTestId('graph-fit').focus();
    await page.keyboard.press('Tab');
    const first = await focusedNode(page);
    expect(first).toBeTruthy();
    expect(await page.locator('[data-node-id][tabindex="0"]').count()).toBe(1); // roving tabindex: one in the tab order
    // The focus moves in an effect after the key's render: wait for it rather than read it at once.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedNode(page)).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedNode(page)).toBe(first);

    await page.getByTestId('node-user:vera').focus();
    await page.keyboard.press('Enter');
    const edges = await page.getByTestId('graph-node-edge').allTextContents();
    expect(edges).toEqual(expect.arrayContaining(['has role Viewer', expect.stringMatching(/^member of Acme Inc\./)]));
    expect(await classOf(page, 'node-role:viewer')).toContain('lit');
    expect(await classOf(page, 'node-role:admin')).toContain('dim');
    expect(await page.getByTestId('node-user:vera').getAttribute('aria-label')).toMatch(
      /^Vera Viewer user vera, user, 2 edges$/,
    );
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('graph-node-edges').count()).toBe(0);
  });

  it('has no accessibility violations axe can find in the graph', async () => {
    // axe-core evaluated in the page (the app's own page: @axe-core/playwright wants a context of its making).
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run(c: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> };
      };
      const result = await axe.run({ include: [['[data-testid="world-picture"]']] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}, e.g. ${v.nodes[0]?.html}`);
    });
    expect(violations).toEqual([]);
  });

  it('finds a node by name and puts the focus on it', async () => {
    await page.getByTestId('graph-search').fill('orders api');
    await page.getByTestId('graph-search').press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-node-id')?.startsWith('res:'));
    expect(await focusedNode(page)).toBe('res:https://orders.tokenscope.test');
    expect(await classOf(page, 'node-res:https://orders.tokenscope.test')).toContain('match');
  });

  it('lights the path of an M2M token, the scope it was refused as a broken edge with the table’s reason', async () => {
    await page.getByTestId('tab-request').click();
    await runClientCredentials(page, {
      resource: PRODUCTS,
      scopes: ['read:products', 'write:products', 'delete:products'],
    });
    await expectPathMatchesTable(
      page,
      /^Client credentials · access token/,
      ['delete:products'],
      ['read:products', 'write:products'],
    );
    expect(await classOf(page, 'node-app:tokenscope-m2m')).toContain('on-path');
    expect(await classOf(page, 'edge-app:tokenscope-m2m -> role:inventory-sync')).toContain('on-path');
    expect(await classOf(page, 'node-user:vera')).toContain('dim');
  });

  it('lights the path of a user sign-in token through her role', async () => {
    await page.getByTestId('tab-request').click();
    await requestAuthorization(page, {
      resources: [PRODUCTS],
      scopes: ['read:products', 'write:products'],
      redeemFor: PRODUCTS,
    });
    await signInInTab(page, 'vera');
    await page
      .locator('[data-testid="flow-run"][data-grant="authorization_code"]')
      .getByTestId('flow-result')
      .waitFor();
    await expectPathMatchesTable(page, /^Sign-in · access token/, ['write:products'], ['read:products']);
    expect(await classOf(page, 'edge-user:vera -> role:viewer')).toContain('on-path');
    expect(await classOf(page, 'node-role:editor')).toContain('dim');
  });

  it('lights the path of a PAT exchange token through the user’s role, not the app’s', async () => {
    await page.getByTestId('tab-request').click();
    await page.getByTestId('grant-token_exchange').click();
    await page.getByTestId('exchange-subject').fill(EDDIE_PAT);
    await page.getByTestId('exchange-resource').selectOption(PRODUCTS);
    await page.getByTestId('exchange-scope').fill('read:products write:products delete:products');
    await page.getByTestId('exchange').click();
    await page.locator('[data-testid="flow-run"][data-grant="token_exchange"]').getByTestId('flow-result').waitFor();
    await expectPathMatchesTable(page, /access token/, ['delete:products'], ['read:products', 'write:products']);
    expect(await classOf(page, 'edge-user:eddie -> role:editor')).toContain('on-path');
  });

  it('lights the path of an organization token through the organization and its role there', async () => {
    await page.getByTestId('tab-request').click();
    await page.getByTestId('grant-authorization_code').click();
    // Logto: organization permissions are asked at sign-in with the organizations resource, then a refresh with
    // organization_id gets the organization token.
    await addChip(page, 'auth-resources', 'urn:logto:resource:organizations');
    for (const scope of ['offline_access', 'urn:logto:scope:organizations', 'invite:member', 'manage:billing'])
      await addChip(page, 'auth-scopes', scope);
    await page.getByTestId('auth-prompt').selectOption('consent');
    const signInTab = page.context().waitForEvent('page');
    await page.getByTestId('sign-in').click();
    const tab = await signInTab;
    await tab.waitForLoadState();
    // Vera signed in above: the sandbox remembers her, so with prompt=consent it may go straight to consent.
    const authorize = tab.getByRole('button', { name: 'Authorize' });
    await tab.locator('button.user[value="vera"]').or(authorize).first().waitFor();
    if (await tab.locator('button.user[value="vera"]').count()) await tab.locator('button.user[value="vera"]').click();
    await authorize.click();
    await tab.waitForURL((url) => url.pathname === '/callback');
    await tab.close();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="run-item"]')].at(-1)?.textContent?.includes('Sign-in'),
    );
    await page.getByTestId('refresh-organization').fill('acme');
    await page.getByTestId('refresh-scope').fill('invite:member manage:billing');
    await page.getByTestId('refresh').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="run-item"]')].at(-1)?.textContent?.includes('Refresh'),
    );
    await page.getByTestId('flow-run').last().getByTestId('flow-result').waitFor();
    await expectPathMatchesTable(page, /^Refresh · access token/, ['invite:member', 'manage:billing'], []);
    // Vera is a member of Acme: her path goes through the organization, and neither permission is hers there.
    expect(await classOf(page, 'edge-user:vera -> org:acme')).toContain('on-path');
    expect(await classOf(page, 'node-role:viewer')).toContain('dim');
  });

  it('follows the edited world live, and shows one marker for a YAML syntax error', async () => {
    await page.getByTestId('graph-token').selectOption({ index: 0 });
    // Vera becomes an editor: her edge moves, nothing is applied. Find selects the text, typing replaces it.
    await page.locator('[data-testid="world-editor"] .view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+F');
    await page.keyboard.insertText('roles: [viewer]');
    await page.keyboard.press('Escape');
    await page.keyboard.insertText('roles: [editor]');
    await page.getByTestId('edge-user:vera -> role:editor').waitFor();
    expect(await page.getByTestId('edge-user:vera -> role:viewer').count()).toBe(0);

    await page.keyboard.insertText(']]');
    await page.getByTestId('world-problems').waitFor();
    expect(await page.getByTestId('world-problems').locator('li').count()).toBe(1);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="world-editor"] .squiggly-error').length > 0,
    );
    expect(await page.locator('[data-testid="world-editor"] .squiggly-error').count()).toBe(1);
    // The broken world keeps the last good graph.
    expect(await page.getByTestId('edge-user:vera -> role:editor').count()).toBe(1);
    await page.getByTestId('world-revert').click();
    await page.getByTestId('edge-user:vera -> role:viewer').waitFor();
  });

  it('wrote nothing to the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
