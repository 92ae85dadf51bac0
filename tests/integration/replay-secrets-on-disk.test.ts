// Issue 11 item 2: a replay's token reaches neither the history files nor an export, wherever the user put it.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithSandboxForFile } from '../support/app-with-sandbox.js';
import { filesUnder, textsUnder } from '../support/files-under.js';

const PRODUCTS = 'https://products.tokenscope.test';
/** A token of the session that no shape rule would catch: lower case and digits, under an ordinary JSON key. */
const KNOWN = 'opaquesessiontoken2024value';

const app = appWithSandboxForFile('replay-secrets');
let echo: Server;
let base: string;

beforeAll(async () => {
  // An API that answers with everything it was sent: the token comes back in the response body and headers too.
  echo = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-echo-auth': String(req.headers['x-custom-auth'] ?? ''),
      });
      res.end(JSON.stringify({ url: req.url, headers: req.headers, body }));
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => echo?.close(resolve));
});

async function historyWritten(dir: string, lines: number): Promise<string[]> {
  for (let tries = 0; tries < 100; tries += 1) {
    const files = filesUnder(dir).filter((f) => f.endsWith('.jsonl'));
    const text = files.map((f) => readFileSync(f, 'utf8')).join('');
    if (text.split('\n').filter(Boolean).length >= lines) return files;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`history did not reach ${lines} lines`);
}

describe("a replay's secrets stay off disk and out of exports", () => {
  it('masks a JWT in the query and in an unknown header, and a known token in the body', async () => {
    const { api, dataDir } = app;
    const flow = await api.runClientCredentials({
      connectionId: 'sandbox',
      clientId: 'tokenscope-m2m',
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    if (!flow.ok) throw new Error(flow.error.explanation);
    const jwt = String(flow.tokenResponse.access_token);
    expect(jwt.split('.')).toHaveLength(3);

    // The first call makes KNOWN a token of the session; the second carries it in its body, and the JWT elsewhere.
    const first = await api.sendApiRequest({
      request: { method: 'GET', url: `${base}/warm-up`, headers: [] },
      token: { kind: 'token', token: KNOWN },
    });
    expect(first.entry.response?.status).toBe(200);
    const { entry } = await api.sendApiRequest({
      request: {
        method: 'POST',
        url: `${base}/products?access_token=${jwt}&page=2`,
        headers: [
          { name: 'X-Custom-Auth', value: jwt },
          { name: 'Content-Type', value: 'application/json' },
        ],
        body: JSON.stringify({ note: `forwarding ${KNOWN}`, items: [1, 2] }),
      },
      token: { kind: 'none' },
    });
    expect(entry.response?.status).toBe(200);
    // What the user sees of the call is masked too, and still readable.
    expect(entry.request.url).toContain('page=2');
    expect(JSON.parse(entry.request.body!).items).toEqual([1, 2]);

    const exported = JSON.stringify(await api.exportWorkspace({ workspaceId: 'default', includeHistory: true }));
    expect(exported).toContain('/products?access_token=');

    const files = await historyWritten(dataDir, 2);
    expect(files.length).toBeGreaterThan(0);
    const written = textsUnder(dataDir);
    const places = [
      ...written,
      { file: 'the export', text: exported },
      { file: 'the answer', text: JSON.stringify(entry) },
    ];
    for (const { file, text } of places) {
      for (const secret of [jwt, KNOWN, encodeURIComponent(KNOWN)]) {
        expect(text.includes(secret), `${file} holds ${secret.slice(0, 8)}…`).toBe(false);
      }
      // Not a prefix either: the JWT's signature is what makes it usable.
      expect(text.includes(jwt.split('.')[2]!), `${file} holds the JWT's signature`).toBe(false);
    }
  });

  it('masks secrets in a history imported from a file made elsewhere', async () => {
    const { api, dataDir } = app;
    const jwt = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
    const text = JSON.stringify({
      format: 'tokenscope-workspace',
      version: 1,
      workspace: { name: 'From elsewhere', savedRequests: [] },
      history: [
        {
          at: new Date().toISOString(),
          request: {
            method: 'GET',
            url: `${base}/p?access_token=${jwt}`,
            headers: [{ name: 'X-Custom-Auth', value: jwt }],
          },
        },
      ],
    });
    const imported = await api.importWorkspace({ text });
    expect(imported.importedHistory).toBe(1);
    for (const file of filesUnder(dataDir))
      expect(readFileSync(file, 'utf8').includes(jwt), `${file} holds the JWT`).toBe(false);
  });
});
