// Issue 11 item 4: a replay ends at its time limit or its size limit, says which and how to change it, keeps what
// arrived, and leaves the next call working.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplayApi, openWorkspaces } from '../../electron/services/replay/replay-api.js';
import { MAX_RESPONSE_BYTES } from '../../shared/replay/replay-limits.js';
import type { ReplayApi } from '../../shared/contract/methods/replay-methods.js';
import type { WorkspaceStore } from '../../electron/services/workspaces/workspace-store.js';

let server: Server;
let base: string;
let dir: string;
let api: ReplayApi;
let store: () => Promise<WorkspaceStore>;
/** Every timer a handler started, so none outlives the test. */
const timers = new Set<ReturnType<typeof setInterval>>();

/** Writes `chunk` every `everyMs` until the client goes away. */
function drip(res: ServerResponse, chunk: string | Buffer, everyMs: number): void {
  const timer = setInterval(() => res.write(chunk), everyMs);
  timers.add(timer);
  res.on('close', () => {
    clearInterval(timer);
    timers.delete(timer);
  });
}

/** Writes as fast as the client reads, for ever. */
function flood(res: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let open = true;
  res.on('close', () => (open = false));
  const pump = () => {
    while (open && res.write(chunk));
    if (open) res.once('drain', pump);
  };
  pump();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-replay-limits-'));
  server = createServer((req, res) => {
    res.on('error', () => undefined);
    if (req.url === '/trickle') {
      // One byte every 300 ms: never idle long enough for an idle timeout, never done.
      res.writeHead(200, { 'content-type': 'text/plain' });
      drip(res, '.', 300);
    } else if (req.url === '/silent') {
      // Accepts the request and never answers it.
      drip(res, '', 60_000);
    } else if (req.url === '/forever') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      flood(res);
    } else if (req.url === '/large') {
      // A finite answer, declared, past the size limit.
      const size = MAX_RESPONSE_BYTES + 1024 * 1024;
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(size) });
      res.end(Buffer.alloc(size, 'y'));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  store = openWorkspaces(dir);
  api = createReplayApi({ dataDir: dir, workspaces: store });
});

afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await (await store()).close();
  await rm(dir, { recursive: true, force: true });
});

async function nextCallWorks(): Promise<void> {
  const { entry } = await api.sendApiRequest({
    request: { method: 'GET', url: `${base}/ok`, headers: [] },
    token: { kind: 'none' },
  });
  expect(entry.response?.status).toBe(200);
  expect(entry.response?.body).toBe('{"ok":true}');
}

describe('the time limit of a call', () => {
  it('cuts off an API that trickles a byte every 300 ms, keeps what came, and says how to raise the limit', async () => {
    const { entry } = await api.sendApiRequest({
      request: { method: 'GET', url: `${base}/trickle`, headers: [], maxTimeSeconds: 1 },
      token: { kind: 'none' },
    });
    const response = entry.response!;
    expect(response.status).toBe(200);
    expect(response.cutOff).toMatchObject({ limit: 'max-time', value: 1 });
    expect(response.cutOff!.explanation).toContain('1 s');
    expect(response.cutOff!.explanation).toContain('Max time');
    expect(response.body).toMatch(/^\.+$/);
    expect(response.sizeBytes).toBe(response.body.length);
    expect(response.durationMs).toBeGreaterThanOrEqual(900);
    await nextCallWorks();
  });

  it('ends a call whose answer never starts, as an error that names the limit', async () => {
    const { entry } = await api.sendApiRequest({
      request: { method: 'GET', url: `${base}/silent`, headers: [], maxTimeSeconds: 0.5 },
      token: { kind: 'none' },
    });
    expect(entry.response).toBeUndefined();
    expect(entry.cutOff).toMatchObject({ limit: 'max-time', value: 0.5 });
    expect(entry.error).toContain('0.5 s');
    await nextCallWorks();
  });

  it('takes a limit through the contract, and refuses one outside it before sending anything', async () => {
    const { dispatch } = await import('../../electron/services/api/dispatch.js');
    const refused = await dispatch(api as never, 'sendApiRequest', {
      request: { method: 'GET', url: `${base}/ok`, headers: [], maxTimeSeconds: 0 },
      token: { kind: 'none' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_argument' } });
    const accepted = await dispatch(api as never, 'sendApiRequest', {
      request: { method: 'GET', url: `${base}/ok`, headers: [], maxTimeSeconds: 2.5 },
      token: { kind: 'none' },
    });
    expect(accepted).toMatchObject({
      ok: true,
      value: { entry: { request: { maxTimeSeconds: 2.5 }, response: { status: 200 } } },
    });
  });
});

describe('the size limit of a call', () => {
  it('stops reading an API that streams for ever at the limit, with memory bounded', async () => {
    const before = process.memoryUsage();
    const { entry } = await api.sendApiRequest({
      request: { method: 'GET', url: `${base}/forever`, headers: [] },
      token: { kind: 'none' },
    });
    const after = process.memoryUsage();
    const response = entry.response!;
    expect(response.cutOff).toMatchObject({ limit: 'max-size', value: MAX_RESPONSE_BYTES });
    expect(response.cutOff!.explanation).toMatch(/2 MiB/);
    expect(response.bodyTruncated).toBe(true);
    // History keeps a bounded part of any body (64 KiB); the size limit is about what was downloaded.
    expect(response.body.length).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect(response.body).toMatch(/^x+$/);
    expect(response.sizeBytes).toBeGreaterThan(MAX_RESPONSE_BYTES);
    // What the call holds is the cap and a chunk, not what the API kept sending.
    expect(response.sizeBytes).toBeLessThan(MAX_RESPONSE_BYTES + 1024 * 1024);
    expect(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers).toBeLessThan(64 * 1024 * 1024);
    await nextCallWorks();
  });

  it('keeps the first part of a declared answer past the limit', async () => {
    const { entry } = await api.sendApiRequest({
      request: { method: 'GET', url: `${base}/large`, headers: [] },
      token: { kind: 'none' },
    });
    expect(entry.response).toMatchObject({ status: 200, bodyTruncated: true, cutOff: { limit: 'max-size' } });
    expect(entry.response!.body.startsWith('yyyy')).toBe(true);
    expect(entry.response!.body.length).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    await nextCallWorks();
  });
});

describe('history', () => {
  it('records which limit ended each call', async () => {
    const page = await api.listHistory({});
    const cut = page.entries.filter((e) => e.cutOff).map((e) => `${new URL(e.url).pathname} ${e.cutOff}`);
    expect(cut.sort()).toEqual(['/forever max-size', '/large max-size', '/silent max-time', '/trickle max-time']);
    await (await store()).close();
    const files = await readdir(join(dir, 'workspaces', 'history'));
    const lines = (await Promise.all(files.map((f) => readFile(join(dir, 'workspaces', 'history', f), 'utf8')))).join(
      '',
    );
    expect(lines).toContain('"limit":"max-time"');
    expect(lines).toContain('"limit":"max-size"');
  });
});
