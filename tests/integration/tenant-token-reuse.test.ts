import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CONNECTION_ID } from '../../electron/services/connections/sandbox-connection.js';
import { ManagementTokenCache } from '../../electron/services/tenant/management-token-cache.js';
import { readTenant } from '../../electron/services/tenant/tenant-reader.js';
import { startFaultManagementApi, type FaultServer, type FaultServerOptions } from '../support/fault-management-api.js';
import { startAppWithSandbox, type AppWithSandbox } from '../support/app-with-sandbox.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function tenantWith(options: FaultServerOptions = {}) {
  server = await startFaultManagementApi(options);
  const tokens = new ManagementTokenCache();
  const s = server;
  const read = (readId: string) =>
    readTenant({
      issuer: s.issuer,
      credentials: { clientId: s.clientId, clientSecret: s.clientSecret },
      readId,
      tokens,
    });
  const tokenRequests = () => s.requests.filter((r) => r.url === '/oidc/token').length;
  const discoveries = () => s.requests.filter((r) => r.url.includes('/.well-known/')).length;
  return { read, tokenRequests, discoveries };
}

const toOidc = (url: string) => new URL(url).pathname.startsWith('/oidc/');

describe("the Management API token is reused while it is valid (Logto's live an hour)", () => {
  it('a second read makes no discovery and no token request, and says which token it reused', async () => {
    const { read, tokenRequests, discoveries } = await tenantWith();
    const first = await read('first');
    expect(first.tenant?.completeness).toEqual({ complete: true });
    expect(first.tokenReused).toBeUndefined();
    expect(first.capture.entries.filter((e) => toOidc(e.url))).toHaveLength(2);
    expect([tokenRequests(), discoveries()]).toEqual([1, 1]);

    const second = await read('second');
    expect(second.tenant?.completeness).toEqual({ complete: true });
    expect([tokenRequests(), discoveries()]).toEqual([1, 1]);
    expect(second.capture.entries.filter((e) => toOidc(e.url))).toEqual([]);
    const tokenAt = first.capture.entries.find((e) => e.url.endsWith('/oidc/token'))!.startedAt;
    expect(Date.parse(second.tokenReused!.obtainedAt)).toBeGreaterThanOrEqual(Date.parse(tokenAt) - 1000);
    expect(Date.parse(second.tokenReused!.expiresAt) - Date.parse(second.tokenReused!.obtainedAt)).toBe(3_600_000);
    // The reused token is masked in the timeline as the one asked for is.
    expect(JSON.stringify(second.capture.masked())).not.toContain('fault-server-access-token-0123456789');
  });

  it('a reused token the API refuses (401) is dropped, and a new one asked for once: the read is complete', async () => {
    const { read, tokenRequests } = await tenantWith({
      fault: ({ path, count }) =>
        path === '/api/users' && count === 2
          ? { status: 401, body: { code: 'auth.unauthorized', message: 'Unauthorized.' } }
          : undefined,
    });
    await read('first');
    const second = await read('second');
    expect(second.tenant?.completeness).toEqual({ complete: true });
    expect(second.tokenReused).toBeUndefined();
    expect(tokenRequests()).toBe(2);
    const statuses = second.capture.entries.map((e) => `${e.status} ${new URL(e.url).pathname}`);
    expect(statuses).toContain('401 /api/users');
    expect(statuses.indexOf('200 /oidc/token')).toBeGreaterThan(statuses.indexOf('401 /api/users'));
    // The new token is the one kept now.
    await read('third');
    expect(tokenRequests()).toBe(2);
  });

  it('a new token refused too ends the read (no loop), and nothing is kept for the next read', async () => {
    const { read, tokenRequests } = await tenantWith({
      fault: ({ path, count }) =>
        path === '/api/users' && count >= 2
          ? { status: 401, body: { code: 'auth.unauthorized', message: 'Unauthorized.' } }
          : undefined,
    });
    await read('first');
    const second = await read('second');
    expect(second.tenant).toBeUndefined();
    expect(second.problem?.kind).toBe('token-refused');
    expect(tokenRequests()).toBe(2);
    await read('third');
    expect(tokenRequests()).toBe(3);
  });

  it('without a place to keep tokens (the CLI), each read asks for its own', async () => {
    server = await startFaultManagementApi();
    const s = server;
    const input = { issuer: s.issuer, credentials: { clientId: s.clientId, clientSecret: s.clientSecret } };
    await readTenant({ ...input, readId: 'a' });
    const again = await readTenant({ ...input, readId: 'b' });
    expect(again.tokenReused).toBeUndefined();
    expect(s.requests.filter((r) => r.url === '/oidc/token')).toHaveLength(2);
  });
});

describe('the tenant service: a refresh reuses the token, changing the access drops it', () => {
  let app: AppWithSandbox;
  beforeAll(async () => {
    app = await startAppWithSandbox('tenant-token-reuse');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reads, refreshes without a token request, and asks for a new one once the access is set again', async () => {
    const ADMIN = 'tokenscope-admin-script';
    const secret = app.sandbox.clients.find((c) => c.clientId === ADMIN)!.clientSecret!;
    const { api } = app;
    const connection = { connectionId: SANDBOX_CONNECTION_ID };
    const tokenRequestsOfLastRead = async () =>
      (await api.getTenantReadTimeline(connection)).filter((e) => e.url.endsWith('/token')).length;
    await api.setManagementAccess({ ...connection, clientId: ADMIN, clientSecret: secret });

    const first = await api.readTenant(connection);
    expect(first.status).toBe('complete');
    expect(first.tokenReused).toBeUndefined();
    expect(await tokenRequestsOfLastRead()).toBe(1);

    const refreshed = await api.readTenant({ ...connection, refresh: true });
    expect(refreshed.status).toBe('complete');
    expect(refreshed.tokenReused?.obtainedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await tokenRequestsOfLastRead()).toBe(0);
    expect(refreshed.requests).toBe(first.requests - 2);

    await api.setManagementAccess({ ...connection, clientId: ADMIN, clientSecret: secret });
    const afterChange = await api.readTenant({ ...connection, refresh: true });
    expect(afterChange.tokenReused).toBeUndefined();
    expect(await tokenRequestsOfLastRead()).toBe(1);
  });
});
