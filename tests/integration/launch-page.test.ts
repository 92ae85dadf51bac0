/**
 * The browser host's launch page: opened with the per-launch secret in its query, it carries the first screen's
 * answer (`getFirstScreen`), so the renderer draws it without a call first (issue 18, start-up). Real HTTP on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../electron/services/host/browser-host.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { PLAIN_M2M, plainOidcServerForFile } from '../support/plain-oidc-server.js';

const BLOCK = '<script type="application/json" id="tokenscope-first-screen"></script>';
const TRICKY_NAME = 'Tenant </script><script>alert(1)</script><!--';
const plain = plainOidcServerForFile();

let host: BrowserHost;
let api: TokenscopeApi;

/** The data block's text, as the browser's HTML parser would end it: at the first `</script`. */
const blockText = (html: string) => /id="tokenscope-first-screen">([\s\S]*?)<\/script/i.exec(html)?.[1];

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'tokenscope-launch-page-'));
  writeFileSync(join(rendererDir, 'index.html'), `<!doctype html><head><title>T</title>${BLOCK}</head><body></body>`);
  writeFileSync(join(rendererDir, 'other.html'), '<!doctype html><title>Other</title>');
  api = createAppApi({
    shell: 'browser-host',
    vault: createMemoryVault(),
    version: '0.0.0-test',
    dataDir: rendererDir,
    sandbox: { error: 'not started in this test' },
  });
  await api.addConnection({
    name: TRICKY_NAME,
    issuer: plain.issuer,
    client: { ...PLAIN_M2M, kind: 'm2m' },
  });
  host = await startBrowserHost({ api, rendererDir });
});

afterAll(() => host?.close());

describe('the launch page', () => {
  it("carries the first screen's answer, exactly what the call answers, and is never stored", async () => {
    const answer = await fetch(host.launchUrl);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await answer.text();
    expect(JSON.parse(blockText(html)!)).toEqual({
      ok: true,
      value: await api.getFirstScreen({ workspaceId: 'default' }),
    });
  });

  it("keeps a connection's name inside the data block, and no secret in the page", async () => {
    const html = await (await fetch(host.launchUrl)).text();
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('alert(1)</script>');
    const screen = JSON.parse(blockText(html)!) as { value: { connections: Array<{ name: string }> } };
    expect(screen.value.connections.map((c) => c.name)).toContain(TRICKY_NAME);
    expect(html).not.toContain(PLAIN_M2M.clientSecret);
  });

  it('is the plain page without the secret, with a wrong one, or to a HEAD request', async () => {
    const wrong = host.secret.slice(1) + (host.secret.startsWith('A') ? 'B' : 'A');
    for (const url of [
      host.url,
      `${host.url}?launch=${wrong}`,
      `${host.url}?launch=`,
      `${host.url}#launch=${host.secret}`,
    ]) {
      const answer = await fetch(url);
      expect(answer.headers.get('cache-control'), url).toBe('no-cache');
      expect(await answer.text(), url).toContain(BLOCK);
    }
    const head = await fetch(host.launchUrl, { method: 'HEAD' });
    expect(head.headers.get('cache-control')).toBe('no-cache');
  });

  it('leaves a page without the data block as it is', async () => {
    const answer = await fetch(`${host.url}other.html?launch=${host.secret}`);
    expect(await answer.text()).toBe('<!doctype html><title>Other</title>');
  });
});
