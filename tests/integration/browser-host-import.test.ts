import { createServer, type Server, Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/services/host/browser-host.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import type { ApiMethod, ApiResult } from '../../shared/contract/api.js';
import type { ApiEnvelope } from '../../shared/contract/transport.js';

const ENTRIES = 1_000;

/** A call as the renderer's HTTP transport makes it: JSON.stringify of the argument, with the secret. */
function callHost<M extends ApiMethod>(
  host: BrowserHost,
  agent: Agent,
  method: M,
  argument: unknown,
): Promise<ApiResult<M>> {
  const body = JSON.stringify(argument);
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'x-tokenscope-secret': host.secret };
    const target = { host: '127.0.0.1', port: host.port, path: `/api/call/${method}`, method: 'POST', headers, agent };
    const req = request(target, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ApiEnvelope<ApiResult<M>>;
        if (envelope.ok) resolve(envelope.value);
        else reject(new Error(`${res.statusCode} ${envelope.error.code}: ${envelope.error.message}`));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

// An API answering what a product list might: enough that 1,000 calls make an export well over 1 MB.
function startProductsApi(): Promise<Server> {
  const list = Array.from({ length: 12 }, (_, i) => ({ id: `p-${i}`, name: `Product ${i}`, price: i * 3 }));
  const products = JSON.stringify(list);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(products);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('a workspace with 1,000 history entries, through the browser host', () => {
  let host: BrowserHost;
  let productsApi: Server;
  let dataDir: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-host-import-'));
    const sandbox = { error: 'not needed here' };
    const api = createAppApi({ shell: 'browser-host', vault: createMemoryVault(), version: 'test', dataDir, sandbox });
    host = await startBrowserHost({ api, rendererDir: dataDir });
    productsApi = await startProductsApi();
  });

  afterAll(async () => {
    agent.destroy();
    await host?.close();
    await new Promise((resolve) => productsApi?.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exports over 1 MB and imports back, every entry', { timeout: 180_000 }, async () => {
    const workspace = await callHost(host, agent, 'createWorkspace', { name: 'Busy' });
    const url = `http://127.0.0.1:${(productsApi.address() as AddressInfo).port}/products`;
    const call = { workspaceId: workspace.id, request: { method: 'GET', url, headers: [] }, token: { kind: 'none' } };
    const send = () => callHost(host, agent, 'sendApiRequest', call);
    // Eight at a time, as the agent's sockets allow.
    for (let sent = 0; sent < ENTRIES; sent += 8) {
      await Promise.all(Array.from({ length: Math.min(8, ENTRIES - sent) }, send));
    }

    const exportRequest = { workspaceId: workspace.id, includeHistory: true };
    const exported = await callHost(host, agent, 'exportWorkspace', exportRequest);
    expect(exported.history).toHaveLength(ENTRIES);
    const text = JSON.stringify(exported, null, 2);
    expect(text.length).toBeGreaterThan(1_500_000);

    const imported = await callHost(host, agent, 'importWorkspace', { text });
    expect(imported).toMatchObject({ workspace: { name: 'Busy (2)' }, importedHistory: ENTRIES });
    const page = await callHost(host, agent, 'listHistory', { workspaceId: imported.workspace.id, limit: ENTRIES + 1 });
    expect(page.entries).toHaveLength(ENTRIES);
  });
});
