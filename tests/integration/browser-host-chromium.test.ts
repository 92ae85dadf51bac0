import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, launchChromium } from '../support/chromium.js';
import { startBrowserHost, type BrowserHost } from '../../electron/services/host/browser-host.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { bodyByteLimit } from '../../shared/contract/call-limits.js';

const noChromium = chromiumMissingReason();

// Chromium keeps uploading after an early answer and reads it only once the upload ends: what the host does with
// the rest of a refused body decides whether the page sees the 413, and whether the next call on that connection works.
describe.skipIf(noChromium)(`a refused body in Chromium${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let host: BrowserHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tokenscope-host-chromium-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tokenscope</title>');
    const sandbox = { error: 'not needed here' };
    const vault = createMemoryVault();
    const api = createAppApi({ shell: 'browser-host', vault, version: 'test', dataDir: dir, sandbox });
    host = await startBrowserHost({ api, rendererDir: dir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the page the 413, and the next call answers', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    const answers = await page.evaluate(
      async ({ secret, size }) => {
        const headers = { 'content-type': 'application/json', 'x-tokenscope-secret': secret };
        const post = (body: string) =>
          fetch('api/call/getAppInfo', { method: 'POST', headers, body })
            .then(async (response) => ({ status: response.status, body: await response.text() }))
            .catch((error: Error) => ({ status: 0, body: error.message }));
        const refused = await post(`null${' '.repeat(size)}`);
        const next = await post('null');
        return { refused, next };
      },
      { secret: host.secret, size: bodyByteLimit('getAppInfo') * 3 },
    );
    expect(answers.refused.status, answers.refused.body).toBe(413);
    expect(JSON.parse(answers.refused.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(answers.next.status, answers.next.body).toBe(200);
  });
});
