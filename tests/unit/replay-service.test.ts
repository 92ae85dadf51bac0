import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplayApi } from '../../electron/services/replay/replay-api.js';
import { dispatch } from '../../electron/services/api/dispatch.js';
import { RESPONSE_BODY_LIMIT, sendRequest } from '../../electron/services/replay/send-request.js';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { maskValue } from '../../shared/security/masking/mask.js';

// A JWT-shaped token whose scope claim lacks delete:products (signature irrelevant: the API below reads it only).
const payload = Buffer.from(
  JSON.stringify({ sub: 'eddie', aud: 'https://products.tokenscope.test', scope: 'read:products write:products' }),
).toString('base64url');
const TOKEN = `eyJhbGciOiJFUzM4NCIsInR5cCI6ImF0K2p3dCJ9.${payload}.c2lnbmF0dXJl`;

let server: Server;
let base: string;
let dir: string;
const seen: (string | undefined)[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-replay-'));
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    if (req.url?.startsWith('/chunked')) {
      // No Content-Length: chunked transfer coding (RFC 9112 §7.1), in several writes.
      const bytes = Number(new URL(req.url, 'http://x').searchParams.get('bytes'));
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      for (let sent = 0; sent < bytes; sent += 64 * 1024) res.write('é'.repeat(Math.min(64 * 1024, bytes - sent) / 2));
      res.end();
    } else if (req.url === '/api/users') {
      // Logto's Management API: {code, message}, no Bearer challenge.
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end('{"code":"auth.forbidden","message":"Forbidden"}');
    } else if (!req.headers.authorization) {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="products"', 'content-type': 'application/json' });
      res.end('{"error":"invalid_request"}');
    } else if (req.method === 'DELETE') {
      res.writeHead(403, {
        'www-authenticate': 'Bearer realm="products", error="insufficient_scope", scope="delete:products"',
        'content-type': 'application/json',
      });
      res.end('{"error":"insufficient_scope"}');
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [{ id: 'p-1' }], body: req.method }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('reading a chunked body', () => {
  it('keeps a small one whole, with multi-byte characters intact', async () => {
    const response = await sendRequest({ method: 'GET', url: `${base}/chunked?bytes=${256 * 1024}`, headers: [] });
    expect(response).toMatchObject({ status: 200, sizeBytes: 256 * 1024, bodyTruncated: false });
    expect(response.body).toBe('é'.repeat(128 * 1024));
  });

  it("stops reading one past the limit, keeps the limit's worth on a character boundary, and says so", async () => {
    const bytes = RESPONSE_BODY_LIMIT + 512 * 1024;
    const response = await sendRequest({ method: 'GET', url: `${base}/chunked?bytes=${bytes}`, headers: [] });
    expect(response).toMatchObject({
      status: 200,
      bodyTruncated: true,
      cutOff: { limit: 'max-size', value: RESPONSE_BODY_LIMIT },
    });
    expect(response.sizeBytes).toBeGreaterThan(RESPONSE_BODY_LIMIT);
    expect(response.sizeBytes).toBeLessThan(bytes);
    expect(response.body).toBe('é'.repeat(RESPONSE_BODY_LIMIT / 2));
  });

  it('cuts an odd limit inside a two-byte character before that character, never into U+FFFD', async () => {
    const response = await sendRequest(
      { method: 'GET', url: `${base}/chunked?bytes=${64 * 1024}`, headers: [] },
      { maxResponseBytes: 1001 },
    );
    expect(response.body).toBe('é'.repeat(500));
  });
});

describe('replay', () => {
  it('sends without a token and explains the 401, then with one and explains the 403 with the missing scope', async () => {
    const api = createReplayApi({ dataDir: dir });
    const anonymous = await api.sendApiRequest({
      request: { method: 'GET', url: `${base}/products`, headers: [] },
      token: { kind: 'none' },
    });
    expect(anonymous.entry.response!.status).toBe(401);
    expect(anonymous.entry.response!.explanations[0]!.title).toBe('No token was sent');

    const denied = await api.sendApiRequest({
      request: { method: 'DELETE', url: `${base}/products/p-1`, headers: [] },
      token: { kind: 'token', token: `Bearer ${TOKEN}` },
    });
    expect(seen.at(-1)).toBe(`Bearer ${TOKEN}`);
    const response = denied.entry.response!;
    expect(response.status).toBe(403);
    expect(response.explanations[0]).toMatchObject({
      error: 'insufficient_scope',
      requiredScopes: ['delete:products'],
      missingScopes: ['delete:products'],
    });
    expect(response.durationMs).toBeGreaterThan(0);
    expect(response.sizeBytes).toBe('{"error":"insufficient_scope"}'.length);
    expect(denied.entry.token).toMatchObject({ subject: 'eddie', scope: 'read:products write:products' });
    expect(JSON.stringify(denied.entry)).not.toContain(TOKEN);

    // Re-send by reference: the renderer never needs the token again.
    const again = await api.sendApiRequest({
      request: {
        method: 'POST',
        url: `${base}/products`,
        headers: [{ name: 'content-type', value: 'application/json' }],
        body: '{"name":"x"}',
      },
      token: { kind: 'reference', ref: denied.entry.token!.ref },
    });
    expect(again.entry.response!.status).toBe(200);
    expect(JSON.parse(again.entry.response!.body).body).toBe('POST');
    await expect(
      api.sendApiRequest({
        request: { method: 'GET', url: base, headers: [] },
        token: { kind: 'reference', ref: 'tok_gone' },
      }),
    ).rejects.toThrow(/no longer holds/);

    const page = await api.listHistory({ query: 'status:4xx' });
    expect(page.entries.map((e) => e.status)).toEqual([403, 401]);
    // Appends are batched: wait until the last call is on disk, so the check below reads every entry.
    const file = join(dir, 'workspaces', 'history', 'default.jsonl');
    const onDisk = async () => (await readFile(file, 'utf8').catch(() => '')).includes(again.entry.id);
    for (let waited = 0; !(await onDisk()) && waited < 3_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(await onDisk()).toBe(true);
    expect(await readFile(file, 'utf8')).not.toContain(TOKEN);
  });

  it('explains a Logto Management API error body that has no challenge', async () => {
    const api = createReplayApi({ dataDir: dir });
    const { entry } = await api.sendApiRequest({
      request: { method: 'GET', url: `${base}/api/users`, headers: [] },
      token: { kind: 'token', token: TOKEN },
    });
    expect(entry.response!.explanations).toEqual([]);
    expect(entry.response!.bodyExplanation).toMatchObject({
      code: 'auth.forbidden',
      title: expect.stringContaining('all'),
    });
  });

  it('records a call that got no answer, with what to do', async () => {
    const api = createReplayApi({ dataDir: dir });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { entry } = await api.sendApiRequest({
      request: { method: 'GET', url: `http://127.0.0.1:${port}/x`, headers: [] },
      token: { kind: 'none' },
    });
    expect(entry.error).toMatch(/connection refused.*port/);
    const blocked = await api.sendApiRequest({
      request: { method: 'GET', url: 'http://127.0.0.1:1/x', headers: [] },
      token: { kind: 'none' },
    });
    expect(blocked.entry.error).toMatch(/bad port/);
    await expect(
      api.sendApiRequest({ request: { method: 'GET', url: 'not a url', headers: [] }, token: { kind: 'none' } }),
    ).resolves.toMatchObject({ entry: { error: expect.stringMatching(/not an absolute URL/) } });
  });

  it('refuses to send a value history masked, before anything reaches the API', async () => {
    const before = seen.length;
    const masked = `${base}/products?access_token=${maskValue(TOKEN)}`;
    await expect(sendRequest({ method: 'GET', url: masked, headers: [] })).rejects.toThrow(
      /request's URL is one history masked/,
    );
    const header = { name: 'X-Custom-Auth', value: maskValue(TOKEN) };
    await expect(sendRequest({ method: 'GET', url: `${base}/products`, headers: [header] })).rejects.toThrow(
      /request's headers is one history masked/,
    );
    expect(seen.length).toBe(before);
  });

  it('gives up on an API that never answers, and says so', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    await expect(sendRequest({ method: 'GET', url, headers: [] }, { timeoutMs: 150 })).rejects.toThrow(
      /did not answer in time/,
    );
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('is reachable through dispatch, which checks the argument shapes', async () => {
    const api = createReplayApi({ dataDir: dir }) as unknown as TokenscopeApi;
    const bad = await dispatch(api, 'sendApiRequest', {
      request: { method: 'GET', url: base, headers: [] },
      token: { kind: 'token' },
    });
    expect(bad.ok).toBe(false);
    const listed = await dispatch(api, 'listWorkspaces', null);
    expect(listed).toMatchObject({ ok: true, value: { workspaces: [{ id: 'default' }] } });
  });
});
