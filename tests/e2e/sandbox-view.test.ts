import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import { WORLD_LIMITS } from '../../shared/sandbox/world-limits.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';

const noChromium = chromiumMissingReason();
const M2M_ROLE_LINE =
  'https://products.tokenscope.test: [read:products, write:products]\n      https://orders.tokenscope.test: [read:orders]';

/**
 * Replaces the world editor's text as a user would: select all, then paste (typing a whole file would let Monaco
 * indent each new line as if the user pressed Enter).
 */
async function typeWorld(page: Page, text: string) {
  await page.locator('[data-testid="world-editor"] .view-lines').click();
  await page.keyboard.press('Control+A');
  if (!text) return page.keyboard.press('Delete');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(paste);
  }, text);
}

describe.skipIf(noChromium)(`the Sandbox view${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-e2e-data-'));
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp({ env: { TOKENSCOPE_DATA_DIR: dataDir } });
    page = app.page;
    await page.getByTestId('tab-sandbox').click();
    await page.getByTestId('sandbox-status').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the running sandbox and its issuer', async () => {
    expect(await page.getByTestId('sandbox-issuer').textContent()).toBe(app.web.ready.issuer);
  });

  it('lights up what a user reaches when she is picked', async () => {
    await page.getByTestId('node-user:vera').click(); // the graph: a click picks, as Enter does
    const className = (id: string) => page.getByTestId(id).getAttribute('class');
    expect(await className('node-role:viewer')).toContain('lit');
    expect(await className('node-role:admin')).toContain('dim');
    expect(await className('node-res:https://products.tokenscope.test')).toContain('lit');
  });

  it('refuses a broken world with the line of the problem, and keeps serving the old one', async () => {
    await typeWorld(page, DEFAULT_WORLD_YAML.replace('roles: [viewer]', 'roles: [no-such-role]'));
    await page.getByTestId('world-apply').click();
    await page.getByTestId('world-problems').waitFor();
    expect(await page.getByTestId('world-problems').textContent()).toMatch(/line \d+.*no-such-role/);
    expect(await page.getByTestId('world-message').textContent()).toMatch(/keeps serving the previous world/);
    expect(existsSync(join(dataDir, 'sandbox-world.yaml'))).toBe(false);
    await page.getByTestId('world-revert').click();
  });

  it('says in words why an empty world or one over the size limit is refused', async () => {
    const problems = page.getByTestId('world-problems');
    await typeWorld(page, '');
    await page.getByTestId('world-apply').click();
    // The last test's problem stays listed until this apply is answered (or the reverted text is checked): wait for
    // this one's, not for any list.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="world-problems"]')?.textContent?.startsWith('the file is empty'),
    );
    expect(await problems.textContent()).toMatch(
      /^the file is empty: a world is a map with resources, roles, users and applications/,
    );
    // Refused in the view before it is sent: the call's own limit would say it in the contract's words.
    await typeWorld(page, `# ${'x'.repeat(WORLD_LIMITS.bytes)}`);
    await page.getByTestId('world-apply').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="world-problems"]')?.textContent?.startsWith('the world is 4,194,306 bytes'),
    );
    expect(await page.getByTestId('world-message').textContent()).toMatch(/keeps serving the previous world/);
    await page.getByTestId('world-revert').click();
  });

  it('applies what was just pasted when Ctrl+S follows at once, however late the clipboard answers', async () => {
    // Monaco's "paste as" reads the system clipboard before it pastes; a loaded machine answers that late. Stand in
    // for it with a clipboard that takes a second: Ctrl+S in that second must still apply the pasted text.
    await page.evaluate(() => {
      const slow = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 1000));
      Object.assign(navigator.clipboard, { read: () => slow([]), readText: () => slow('') });
    });
    const pasted = `${DEFAULT_WORLD_YAML}\n# pasted, then saved at once\n`;
    try {
      await typeWorld(page, pasted);
      await page.keyboard.press('Control+s');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="world-message"]')?.textContent?.startsWith('Applied'),
      );
      expect(readFileSync(join(dataDir, 'sandbox-world.yaml'), 'utf8')).toBe(pasted);
      expect(await page.getByTestId('world-apply').isDisabled()).toBe(true); // nothing left unapplied
    } finally {
      await page.evaluate(() => {
        delete (navigator.clipboard as Partial<Clipboard>).read;
        delete (navigator.clipboard as Partial<Clipboard>).readText;
      });
    }
  });

  it('applies a changed world at once: the M2M app may now delete products', async () => {
    expect(DEFAULT_WORLD_YAML).toContain(M2M_ROLE_LINE);
    const m2mRoleWithDelete = M2M_ROLE_LINE.replace('write:products]', 'write:products, delete:products]');
    await typeWorld(page, DEFAULT_WORLD_YAML.replace(M2M_ROLE_LINE, m2mRoleWithDelete));
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="world-message"]')?.textContent?.startsWith('Applied'),
    );
    // The M2M role's own line: the default world already grants delete:products to the Admin role.
    expect(readFileSync(join(dataDir, 'sandbox-world.yaml'), 'utf8')).toContain(m2mRoleWithDelete);

    await page.getByTestId('tab-request').click();
    await page.getByTestId('resource-https://products.tokenscope.test').check();
    await page.getByTestId('scope-delete:products').check();
    await page.getByTestId('run').click();
    await page.getByTestId('flow-result').waitFor();
    const payload = JSON.parse((await page.getByTestId('token-payload').textContent())!);
    expect(payload.scope.split(' ')).toContain('delete:products');
  });

  it('resets to the default world and removes the saved file', async () => {
    await page.getByTestId('tab-sandbox').click();
    await page.getByTestId('world-reset').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="world-message"]')?.textContent?.includes('default world'),
    );
    expect(existsSync(join(dataDir, 'sandbox-world.yaml'))).toBe(false);
  });
});
