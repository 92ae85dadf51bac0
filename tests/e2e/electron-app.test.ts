import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { findElectronRuntime } from '../../electron/services/launch/electron-runtime.js';
import { PROJECT_DIR } from '../support/build.js';

// Playwright's _electron needs a real Electron runtime, which cannot be downloaded on our machines. Where one is
// installed (node_modules/electron/dist, or ELECTRON_OVERRIDE_DIST_PATH), this test drives the built app.
const runtime = findElectronRuntime(PROJECT_DIR);
const noRuntime = runtime.found
  ? undefined
  : process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? `no Electron runtime: ${runtime.reason}`
    : 'no Electron runtime on this machine: it cannot be downloaded here';
const named = (title: string) => (noRuntime ? `${title} (skipped: ${noRuntime})` : title);

describe('the desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    if (!runtime.found) return;
    dataDir = await mkdtemp(join(tmpdir(), 'tokenscope-e2e-electron-'));
    // The built app, as users get it: not Node mode, not the dev server; its own data folder and instance lock.
    const env: Record<string, string> = { ...(process.env as Record<string, string>), TOKENSCOPE_DATA_DIR: dataDir };
    delete env.ELECTRON_RUN_AS_NODE;
    delete env.ELECTRON_RENDERER_URL;
    app = await _electron.launch({ executablePath: runtime.executable, args: [PROJECT_DIR], cwd: PROJECT_DIR, env });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it.skipIf(!runtime.found)(named('starts one window with a sandboxed, isolated renderer'), async () => {
    expect(app.windows()).toHaveLength(1);
    // The page sees neither Node nor the preload's scope: only the one function the bridge exposes.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.tokenscope ?? {}),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'] });
  });

  it.skipIf(!runtime.found)(named('enforces the Content-Security-Policy (no eval)'), async () => {
    const evalResult = await page.evaluate(() => {
      try {
        return String(new Function('return "ran"')());
      } catch {
        return 'blocked';
      }
    });
    expect(evalResult).toBe('blocked');
  });

  it.skipIf(!runtime.found)(named('answers the contract through the preload bridge'), async () => {
    const envelope = await page.evaluate(() => window.tokenscope!.invoke('getAppInfo', null));
    expect(envelope).toMatchObject({ ok: true, value: { name: 'Tokenscope', shell: 'electron', dataDir } });
  });

  it.skipIf(!runtime.found)(named('runs a client credentials flow against the sandbox'), async () => {
    await page.getByTestId('connection-sandbox').waitFor();
    const firstResource = page.locator('[data-testid^="resource-"]').first();
    const indicator = (await firstResource.getAttribute('data-testid'))!.slice('resource-'.length);
    await firstResource.check();
    for (const scope of await page.locator('[data-testid^="scope-"]').all()) await scope.check();
    await page.getByTestId('run').click();
    await page.getByTestId('flow-result').waitFor();
    const payload = JSON.parse((await page.getByTestId('token-payload').textContent())!) as { aud: string };
    expect(payload.aud).toBe(indicator);
  });
});
