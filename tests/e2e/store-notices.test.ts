// What the stores found at start reaches the UI, however late it is known: a repaired connections.json, a
// workspaces.json that is a folder, a vault the passphrase does not open. `tokenscope web` in Chromium.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { spawnCliUntilJson, type SpawnedCli } from '../support/spawn-json-line.js';
import { createPassphraseFileVault } from '../../electron/services/vault/passphrase-file-vault.js';

const noChromium = chromiumMissingReason();

describe.skipIf(noChromium)(`notices from the stores at start${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let browser: Browser;
  const running: SpawnedCli<{ launchUrl: string }>[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const web of running) await web.stop();
  });

  async function start(dataDir: string, env: NodeJS.ProcessEnv = {}) {
    const web = await spawnCliUntilJson<{ launchUrl: string }>(['web', '--json', '--no-open'], {
      env: { TOKENSCOPE_DATA_DIR: dataDir, ...env },
    });
    running.push(web);
    const page = await browser.newPage();
    await page.goto(web.ready.launchUrl);
    return { web, page };
  }

  // The repair is known only once the connection store has loaded, often after the first list of workspaces:
  // several starts, each must show it.
  it('a damaged connections.json: the repair notice is shown at every start', async () => {
    for (let round = 0; round < 3; round += 1) {
      const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-damaged-connections-'));
      writeFileSync(join(dataDir, 'connections.json'), '{"connections": [ {"id": "c1", "iss');
      const { web, page } = await start(dataDir);
      const notice = page.getByTestId('workspace-notices');
      await notice.waitFor();
      await page.getByText(/connections\.json was damaged: it is not valid JSON/).waitFor();
      expect(await notice.textContent(), `start ${round}`).toMatch(/moved to connections\.json\.damaged-\d+/);
      // Dismissed, it stays dismissed: what the user saw is gone, nothing else was.
      await notice.getByRole('button', { name: 'Got it' }).click();
      await notice.waitFor({ state: 'detached' });
      await page.reload();
      await page.getByTestId('connection-sandbox').waitFor();
      expect(await page.getByTestId('workspace-notices').count()).toBe(0);
      await page.close();
      await web.stop();
    }
  });

  it('workspaces.json replaced by a folder: explained with its path; the sandbox still works', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-folder-'));
    const folder = join(dataDir, 'workspaces', 'workspaces.json');
    mkdirSync(folder, { recursive: true });
    const { page } = await start(dataDir);
    const notice = page.getByTestId('workspace-notices');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain(`${folder} is a folder, not a file`);
    expect(text).not.toContain('EISDIR');
    await page.getByTestId('connection-sandbox').waitFor();
    await page.getByTestId('run').click();
    await page.getByTestId('flow-result').waitFor();
    await page.close();
  });

  it('a vault the passphrase does not open: a banner with the file and what to do, said at start too; the file untouched', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-vault-'));
    const file = join(dataDir, 'vault.json');
    await createPassphraseFileVault({
      file,
      passphrase: 'the one it was saved with',
      cost: { N: 2 ** 10, r: 8, p: 1 },
    }).set('a', 'secret');
    const before = readFileSync(file, 'utf8');
    const { web, page } = await start(dataDir, { TOKENSCOPE_VAULT_PASSPHRASE: 'another one' });
    const banner = page.getByTestId('vault-problem');
    await banner.waitFor();
    expect(await banner.getAttribute('data-kind')).toBe('wrong-passphrase');
    const text = await banner.textContent();
    expect(text).toMatch(/TOKENSCOPE_VAULT_PASSPHRASE does not open it/);
    expect(text).toContain(`move ${file} aside`);
    expect(web.stderr()).toMatch(/your saved secrets are not available\. Cannot open the vault/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await page.close();
  });
});
