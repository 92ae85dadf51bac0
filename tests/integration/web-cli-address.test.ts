import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, PROJECT_DIR } from '../support/build.js';

/** What `tokenscope web --no-open` prints until it says how to stop it; the process is stopped after. */
async function webOutput(): Promise<{ text: string; stop(): void }> {
  const child = spawn(process.execPath, ['bin/tokenscope.js', 'web', '--no-open'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TOKENSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'tokenscope-data-')) },
  });
  let text = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('Ctrl+C')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`tokenscope web exited ${code}: ${text}`)));
  });
  return { text, stop: () => child.kill('SIGTERM') };
}

// Issue 18: terminals make the first address they print a link; a click on the address without the launch secret
// opened an error screen. The first address is the launch address.
describe('tokenscope web prints the launch address first', () => {
  let output: Awaited<ReturnType<typeof webOutput>>;

  beforeAll(async () => {
    ensureBuilt();
    output = await webOutput();
  }, 120_000);

  afterAll(() => output?.stop());

  it('prints the address with the launch secret before any other address', async () => {
    const addresses = output.text.match(/https?:\/\/\S+/g) ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]+$/);
    const page = await fetch(addresses[0]!);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    // Opened with the secret, the page comes with its first screen inside.
    expect(html).toMatch(/<script type="application\/json" id="tokenscope-first-screen">\{"ok":true,/);
  });
});
