import { connect } from 'node:net';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/services/host/browser-host.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import type { TokenscopeApi } from '../../shared/contract/api.js';

/** What came back on the wire: a status line and headers we could parse, or nothing before the socket closed. */
interface RawAnswer {
  status?: number;
  head?: string;
}

/**
 * Sends bytes as they are (node:http would refuse to send most of these requests) and reads one answer.
 * `truncated`: the client goes away mid-request, after a short wait for an early answer.
 */
function exchange(port: number, bytes: Buffer, options: { head: boolean; truncated: boolean }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (answer: RawAnswer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const parse = (closed: boolean) => {
      // 1xx answers (100 Continue) come before the final one.
      let text = received.toString('latin1');
      while (/^HTTP\/1\.1 1\d\d /.test(text) && text.includes('\r\n\r\n')) {
        text = text.slice(text.indexOf('\r\n\r\n') + 4);
      }
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return closed ? finish({}) : undefined;
      const head = text.slice(0, end);
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(head);
      if (!status) return reject(new Error(`not an HTTP answer: ${JSON.stringify(head.slice(0, 200))}`));
      const length = /\r\ncontent-length: (\d+)/i.exec(head);
      const bodyBytes = text.length - end - 4;
      // Without a Content-Length the answer ends with the connection (Node's own 400 and 431 do that).
      const complete = closed || options.head || (length && bodyBytes >= Number(length[1]));
      if (complete) finish({ status: Number(status[1]), head });
    };
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      parse(false);
    });
    socket.on('close', () => parse(true));
    socket.on('error', () => parse(true));
    const timer = setTimeout(
      () => (options.truncated ? finish({}) : reject(new Error('no answer within 10 s'))),
      options.truncated ? 100 : 10_000,
    );
    socket.write(bytes);
  });
}

/** A valid call on a fresh connection: the host still serves. */
function stillServes(host: BrowserHost): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'x-tokenscope-secret': host.secret };
    const target = { host: '127.0.0.1', port: host.port, path: '/api/call/getAppInfo', method: 'POST', headers };
    const req = request(target, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end('null');
  });
}

/** Counts what reaches a service, without changing what it does. */
function counted(api: TokenscopeApi, calls: string[]): TokenscopeApi {
  return new Proxy(api, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

// Calls that act on nothing outside the data folder (no network), and names that are not calls.
const METHODS = [
  'getAppInfo',
  'listWorkspaces',
  'createWorkspace',
  'importWorkspace',
  'inspectToken',
  'clearHistory',
  'getSandbox',
  'noSuchCall',
  '__proto__',
  'constructor',
];
const PATH_PIECES = [
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%FF',
  '%2e%2e',
  '%2F',
  '..',
  '/',
  'getAppInfo',
  'é',
  '😀',
  '?',
  '#',
  ' ',
  '%C0%AF',
];
const FIXED_PATHS = [
  '/',
  '/index.html',
  '/../outside.txt',
  '/%2e%2e/outside.txt',
  '/assets/../../outside.txt',
  '*',
  'http://evil.example/',
];

/** Paths: calls, garbage percent-encoding, traversal, unicode, very long. */
const path = fc.oneof(
  fc.constantFrom(...METHODS).map((method) => `/api/call/${method}`),
  fc
    .array(fc.constantFrom(...PATH_PIECES), { maxLength: 12 })
    .chain((parts) => fc.constantFrom('/api/call/', '/', '/assets/').map((prefix) => prefix + parts.join(''))),
  fc.constantFrom(...FIXED_PATHS),
  fc.integer({ min: 1_000, max: 40_000 }).map((length) => `/api/call/${'a'.repeat(length)}`),
  fc.string({ unit: 'binary', maxLength: 40 }).map((text) => `/api/call/${text}`),
);

const verb = fc.oneof(
  fc.constantFrom('POST', 'POST', 'POST', 'GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE'),
  fc.constantFrom('post', 'FOO', '', 'P OST', 'POST\t'),
);

type Line = [string, string];
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 4 });

function headerLines(host: BrowserHost) {
  const own = `127.0.0.1:${host.port}`;
  return fc.record({
    host: fc.constantFrom<Line[]>(
      [['Host', own]],
      [['Host', `localhost:${host.port}`]],
      [],
      [['Host', 'evil.example']],
      [
        ['Host', own],
        ['Host', 'evil.example'],
      ],
      [
        ['Host', 'evil.example'],
        ['Host', own],
      ],
      [['Host', 'x'.repeat(20_000)]],
      [['Host', '']],
    ),
    origin: fc.constantFrom<Line[]>(
      [],
      [['Origin', `http://${own}`]],
      [['Origin', 'https://evil.example']],
      [['Origin', 'null']],
      [
        ['Origin', `http://${own}`],
        ['Origin', 'https://evil.example'],
      ],
    ),
    secret: fc.constantFrom<Line[]>(
      [['X-Tokenscope-Secret', host.secret]],
      [['X-Tokenscope-Secret', host.secret]],
      [],
      [['X-Tokenscope-Secret', 'guess']],
      [
        ['X-Tokenscope-Secret', host.secret],
        ['X-Tokenscope-Secret', host.secret],
      ],
      [['X-Tokenscope-Secret', ` ${host.secret}x`]],
      [['X-Tokenscope-Secret', 's'.repeat(10_000)]],
    ),
    contentType: fc.constantFrom<Line[]>(
      [['Content-Type', 'application/json']],
      [['Content-Type', 'application/json; charset=utf-8']],
      [],
      [['Content-Type', 'text/plain']],
      [
        ['Content-Type', 'application/json'],
        ['Content-Type', 'text/html'],
      ],
    ),
    extra: optional(
      fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom('Expect', 'Connection', 'Upgrade', 'Transfer-Encoding', 'X-Any'),
            fc.string({ maxLength: 20 }),
          ),
          fc.oneof(
            fc.constantFrom('100-continue', 'close', 'keep-alive', 'upgrade', 'websocket', 'chunked', 'gzip'),
            fc.string({ unit: 'binary', maxLength: 40 }),
          ),
        ),
        { maxLength: 3 },
      ),
    ),
  });
}

/** Bodies: nothing, JSON of the wrong shape, not JSON, over the 1 MB of the small calls, binary. */
const body = fc.oneof(
  { arbitrary: fc.constant(''), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      'null',
      '{}',
      '[]',
      '"x"',
      '{"name":"fuzz"}',
      '{"text":"{}"}',
      '{"token":"e30.e30."}',
      '{"workspaceId":7}',
    ),
    weight: 4,
  },
  { arbitrary: fc.json({ maxDepth: 4 }), weight: 3 },
  {
    arbitrary: fc.constantFrom('{nope', '{"a":', '\u0000', '[[[[[[[[[[', `${'['.repeat(50_000)}${']'.repeat(50_000)}`),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
  { arbitrary: fc.integer({ min: 1_000_001, max: 1_300_000 }).map((size) => ' '.repeat(size)), weight: 1 },
);

/** How the body is framed: a right Content-Length, chunked, none, a wrong one, or cut off. */
const framing = fc.constantFrom('length', 'length', 'chunked', 'none', 'two-lengths', 'cut');

function wire(method: string, target: string, lines: Line[], payload: string, how: string) {
  const data = Buffer.from(payload, 'utf8');
  const framed: Line[] =
    how === 'length' || how === 'cut'
      ? [['Content-Length', String(data.length)]]
      : how === 'chunked'
        ? [['Transfer-Encoding', 'chunked']]
        : how === 'two-lengths'
          ? [
              ['Content-Length', String(data.length)],
              ['Content-Length', String(data.length + 1)],
            ]
          : [];
  const fields = [...lines, ...framed].map(([name, value]) => `${name}: ${value}\r\n`).join('');
  const head = `${method} ${target} HTTP/1.1\r\n${fields}\r\n`;
  const chunk = () => [Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n0\r\n\r\n')];
  const content = how === 'chunked' ? Buffer.concat(chunk()) : data;
  const bytes = Buffer.concat([Buffer.from(head, 'utf8'), content]);
  if (how !== 'cut') return { bytes, truncated: false };
  // Half the body missing (or the end of the head, without one).
  const missing = Math.max(1, Math.ceil(data.length / 2));
  return { bytes: bytes.subarray(0, Math.max(1, bytes.length - missing)), truncated: true };
}

/** The headers of the request that used to end the process (issue 11): a call with the secret. */
function crashedBefore(host: BrowserHost) {
  return {
    host: [['Host', `127.0.0.1:${host.port}`]] as Line[],
    origin: [] as Line[],
    secret: [['X-Tokenscope-Secret', host.secret]] as Line[],
    contentType: [['Content-Type', 'application/json']] as Line[],
    extra: undefined,
  };
}

describe('the browser host under hostile requests', () => {
  let host: BrowserHost;
  let dataDir: string;
  const calls: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-host-fuzz-'));
    const rendererDir = join(dataDir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tokenscope</title>');
    writeFileSync(join(dataDir, 'outside.txt'), 'not for you');
    const vault = createMemoryVault();
    const sandbox = { error: 'not started here' };
    const api = createAppApi({ shell: 'browser-host', vault, version: 'fuzz', dataDir, sandbox });
    host = await startBrowserHost({ api: counted(api, calls), rendererDir });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers each request with a 2xx or 4xx, keeps serving, acts only with the secret', { timeout: 300_000 }, () =>
    fc.assert(
      fc.asyncProperty(verb, path, headerLines(host), body, framing, async (method, target, headers, payload, how) => {
        const { host: hostLines, origin, secret, contentType, extra = [] } = headers;
        const lines = [...hostLines, ...origin, ...secret, ...contentType, ...extra];
        const { bytes, truncated } = wire(method, target, lines, payload, how);
        const before = calls.length;
        const answer = await exchange(host.port, bytes, { head: method === 'HEAD', truncated });
        if (!truncated) expect(answer.status, 'an answer').toBeDefined();
        if (answer.status !== undefined) expect(Math.floor(answer.status / 100), answer.head).toBeOneOf([2, 4]);
        if (answer.status !== undefined && answer.status < 300 && target.startsWith('/api/call/')) {
          expect(headers.secret).toContainEqual(['X-Tokenscope-Secret', host.secret]);
        }
        const carriedSecret = bytes.includes(`X-Tokenscope-Secret: ${host.secret}\r\n`);
        if (calls.length > before) expect(carriedSecret, 'a service ran without the secret').toBe(true);
        expect(answer.head ?? '').not.toContain('not for you');
        expect(await stillServes(host)).toBe(200);
      }),
      { numRuns: 200, examples: [['POST', '/api/call/%E0%A4%A', crashedBefore(host), 'null', 'length']] },
    ),
  );
});
