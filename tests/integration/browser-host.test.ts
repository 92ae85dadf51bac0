import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../electron/services/host/browser-host.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { bodyByteLimit } from '../../shared/contract/call-limits.js';

interface Answer {
  status: number;
  body: string;
}

/** node:http rather than fetch: fetch will not let us forge Host, which is what DNS rebinding does. */
function call(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent; chunked?: boolean } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { method = 'GET', headers, agent } = options;
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    // Written in pieces, the body goes chunked, without a Content-Length to refuse it by.
    if (options.chunked && options.body) {
      for (let at = 0; at < options.body.length; at += 65_536) req.write(options.body.slice(at, at + 65_536));
    }
    req.end(options.chunked ? undefined : options.body);
  });
}

describe('the browser host', () => {
  let host: BrowserHost;
  let json: (extra?: Record<string, string>) => Record<string, string>;

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'tokenscope-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tokenscope</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, '..', 'outside-secret.txt'), 'not for you');
    const api = createAppApi({
      shell: 'browser-host',
      vault: createMemoryVault(),
      version: '0.0.0-test',
      dataDir: rendererDir,
      sandbox: { error: 'not started in this test' },
    });
    host = await startBrowserHost({ api, rendererDir });
    json = (extra = {}) => ({ host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', ...extra });
  });

  afterAll(() => host.close());

  it('binds to loopback and puts the secret only in the launch address', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.launchUrl).toBe(`${host.url}?launch=${host.secret}`);
    expect(host.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a content security policy', async () => {
    const answer = await call(host.port, '/', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Tokenscope</title>');
  });

  it('answers a call that carries the secret', async () => {
    const answer = await call(host.port, '/api/call/getAppInfo', {
      method: 'POST',
      headers: json({ 'x-tokenscope-secret': host.secret }),
      body: 'null',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: true,
      value: { name: 'Tokenscope', shell: 'browser-host', version: '0.0.0-test' },
    });
  });

  it('refuses a call without the secret, or with a wrong one', async () => {
    for (const headers of [
      json(),
      json({ 'x-tokenscope-secret': 'guess' }),
      json({ 'x-tokenscope-secret': host.secret.slice(1) + 'x' }),
    ]) {
      const answer = await call(host.port, '/api/call/getAppInfo', { method: 'POST', headers, body: 'null' });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it("refuses another site's page even when it has the secret", async () => {
    const answer = await call(host.port, '/api/call/getAppInfo', {
      method: 'POST',
      headers: json({ 'x-tokenscope-secret': host.secret, origin: 'https://evil.example' }),
      body: 'null',
    });
    expect(answer.status).toBe(403);
  });

  it('refuses a request whose Host is not loopback (DNS rebinding)', async () => {
    const answer = await call(host.port, '/api/call/getAppInfo', {
      method: 'POST',
      headers: json({ 'x-tokenscope-secret': host.secret, host: `evil.example:${host.port}` }),
      body: 'null',
    });
    expect(answer.status).toBe(421);
    expect((await call(host.port, '/', { headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('refuses unknown methods and arguments that do not fit the contract', async () => {
    const headers = json({ 'x-tokenscope-secret': host.secret });
    const unknown = await call(host.port, '/api/call/deleteEverything', { method: 'POST', headers, body: 'null' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await call(host.port, '/api/call/runClientCredentials', {
      method: 'POST',
      headers,
      body: JSON.stringify({ connectionId: 'sandbox' }),
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad_argument' } });
    const notJson = await call(host.port, '/api/call/getAppInfo', { method: 'POST', headers, body: '{nope' });
    expect(notJson.status).toBe(400);
  });

  it('answers a method name that is not valid percent-encoding with a 400, and keeps serving', async () => {
    const headers = json({ 'x-tokenscope-secret': host.secret });
    for (const path of ['/api/call/%E0%A4%A', '/api/call/%', '/api/call/get%ZZAppInfo']) {
      const answer = await call(host.port, path, { method: 'POST', headers, body: 'null' });
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect((await call(host.port, '/api/call/getAppInfo', { method: 'POST', headers, body: 'null' })).status).toBe(200);
  });

  it('refuses an unknown method with a 404 before reading its body', async () => {
    const headers = json({ 'x-tokenscope-secret': host.secret });
    const body = 'x'.repeat(3_000_000);
    const answer = await call(host.port, '/api/call/deleteEverything', { method: 'POST', headers, body });
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses a body over its limit with a 413 naming it; the next call on the connection answers', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = json({ 'x-tokenscope-secret': host.secret });
    const body = ' '.repeat(bodyByteLimit('getAppInfo') + 1);
    try {
      for (const chunked of [false, true]) {
        const options = { method: 'POST', headers, body, agent, chunked };
        const tooLarge = await call(host.port, '/api/call/getAppInfo', options);
        expect(tooLarge.status).toBe(413);
        expect(JSON.parse(tooLarge.body)).toMatchObject({
          ok: false,
          error: { code: 'too_large', message: expect.stringMatching(/getAppInfo takes at most 1 MB of JSON; .*/) },
        });
        const next = await call(host.port, '/api/call/getAppInfo', { method: 'POST', headers, body: 'null', agent });
        expect(next.status).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const path of ['/../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/assets/../../outside-secret.txt']) {
      const answer = await call(host.port, path, { headers: { host: `127.0.0.1:${host.port}` } });
      expect(answer.status).toBe(404);
    }
  });

  it('refuses CONNECT and protocol upgrades with an answer, and closes while their clients hold on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenscope-tunnel-'));
    const vault = createMemoryVault();
    const api = createAppApi({ shell: 'browser-host', vault, version: 't', dataDir: dir, sandbox: { error: 'no' } });
    const own = await startBrowserHost({ api, rendererDir: dir });
    const firstLine = (head: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(own.port, '127.0.0.1');
        socket.once('data', (chunk) => resolve(String(chunk).split('\r\n')[0]!));
        socket.on('error', reject);
        // Bytes after the head, which Node hands over unread; the socket is left open.
        socket.write(`${head}Host: 127.0.0.1:${own.port}\r\n\r\n${'x'.repeat(200_000)}`);
      });
    expect(await firstLine(`CONNECT 127.0.0.1:${own.port} HTTP/1.1\r\n`)).toBe('HTTP/1.1 405 Method Not Allowed');
    const upgrade = 'GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n';
    expect(await firstLine(upgrade)).toBe('HTTP/1.1 400 Bad Request');
    await own.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a bug of ours with a 500 and goes on serving, as when a client leaves before its answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenscope-bug-'));
    const vault = createMemoryVault();
    const api = createAppApi({ shell: 'browser-host', vault, version: 't', dataDir: dir, sandbox: { error: 'no' } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    // An answer JSON cannot carry: the envelope fails to serialize inside the host, after the service returned.
    const buggyApi = { ...api, getAppInfo: async () => cyclic as never };
    const buggy = await startBrowserHost({ api: buggyApi, rendererDir: dir });
    try {
      const headers = {
        host: `127.0.0.1:${buggy.port}`,
        'content-type': 'application/json',
        'x-tokenscope-secret': buggy.secret,
      };
      const bug = await call(buggy.port, '/api/call/getAppInfo', { method: 'POST', headers, body: 'null' });
      expect(bug.status).toBe(500);
      const internal = { code: 'internal', message: expect.stringMatching(/Reload the page/) };
      expect(JSON.parse(bug.body)).toMatchObject({ ok: false, error: internal });

      await new Promise<void>((resolve) => {
        const socket = connect(buggy.port, '127.0.0.1', () => {
          const body = JSON.stringify({ name: 'left before the answer' });
          const fields = Object.entries({ ...headers, 'content-length': String(body.length) });
          const head = fields.map(([name, value]) => `${name}: ${value}\r\n`).join('');
          socket.end(`POST /api/call/createWorkspace HTTP/1.1\r\n${head}\r\n${body}`, () => resolve());
        });
      });
      const still = await call(buggy.port, '/api/call/listWorkspaces', { method: 'POST', headers, body: 'null' });
      expect(still.status).toBe(200);
    } finally {
      await buggy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
