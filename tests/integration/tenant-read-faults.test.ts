import { afterEach, describe, expect, it } from 'vitest';
import { readTenant } from '../../electron/services/tenant/tenant-reader.js';
import { readOnlyFetch, ReadOnlyViolation } from '../../electron/services/tenant/read-only-fetch.js';
import { TENANT_READ_LIMITS, type TenantReadLimits } from '../../shared/tenant/read-limits.js';
import { startFaultManagementApi, type FaultServer, type FaultServerOptions } from '../support/fault-management-api.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function readWith(options: FaultServerOptions, limits: TenantReadLimits = TENANT_READ_LIMITS) {
  server = await startFaultManagementApi(options);
  const outcome = await readTenant({
    issuer: server.issuer,
    credentials: { clientId: server.clientId, clientSecret: server.clientSecret },
    readId: 'fault',
    limits,
  });
  const asked = (path: string) => server!.requests.filter((r) => r.url.split('?')[0] === path);
  return { outcome, asked };
}

describe('a tenant that rate-limits (429)', () => {
  it('is waited out after its Retry-After, and the read is complete; the 429 stays in the timeline', async () => {
    const { outcome, asked } = await readWith({
      fault: ({ path, count }) =>
        path === '/api/users' && count === 1 ? { status: 429, headers: { 'retry-after': '1' } } : undefined,
    });
    expect(outcome.tenant?.completeness).toEqual({ complete: true });
    expect(outcome.tenant?.users).toHaveLength(3);
    expect(asked('/api/users')).toHaveLength(2);
    expect(outcome.capture.entries.filter((e) => e.url.includes('/api/users?')).map((e) => e.status)).toEqual([
      429, 200,
    ]);
  });

  it(`gives up after ${TENANT_READ_LIMITS.retriesAfter429} waits: partial, with the users named as missing`, async () => {
    const { outcome, asked } = await readWith({
      fault: ({ path }) => (path === '/api/users' ? { status: 429, headers: { 'retry-after': '1' } } : undefined),
    });
    expect(asked('/api/users')).toHaveLength(1 + TENANT_READ_LIMITS.retriesAfter429);
    expect(outcome.tenant?.completeness.complete).toBe(false);
    expect(outcome.problem?.kind).toBe('rate-limited');
    const gaps = outcome.tenant?.completeness.complete === false ? outcome.tenant.completeness.gaps : [];
    expect(gaps.map((g) => g.collection)).toContain('users');
    expect(gaps.find((g) => g.collection === 'users')?.fix).toMatch(/refresh/i);
  });

  it(`does not wait when Retry-After asks for more than ${TENANT_READ_LIMITS.retryAfterMaxSeconds} s`, async () => {
    const { outcome, asked } = await readWith({
      fault: ({ path }) => (path === '/api/roles' ? { status: 429, headers: { 'retry-after': '3600' } } : undefined),
    });
    expect(asked('/api/roles')).toHaveLength(1);
    expect(outcome.problem).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(outcome.tenant?.completeness.complete).toBe(false);
  });
});

describe('a tenant that times out', () => {
  it('a request that never answers ends at its bound; the rest is read, the gap is named', async () => {
    const limits = { ...TENANT_READ_LIMITS, requestTimeoutSeconds: 1 };
    const { outcome } = await readWith({ fault: ({ path }) => (path === '/api/users' ? 'hang' : undefined) }, limits);
    expect(outcome.tenant?.roles.map((r) => r.id)).toEqual(['reader']);
    expect(outcome.tenant?.users).toEqual([]);
    const gaps = outcome.tenant?.completeness.complete === false ? outcome.tenant.completeness.gaps : [];
    expect(gaps.find((g) => g.collection === 'users')?.reason).toMatch(/did not answer within 1 s/);
  });

  it('the whole read has its bound too: past it, the read stops, keeps what it has and says so', async () => {
    const limits = { ...TENANT_READ_LIMITS, requestTimeoutSeconds: 10, readTimeoutSeconds: 1 };
    const { outcome } = await readWith({ fault: ({ path }) => (path === '/api/users' ? 'hang' : undefined) }, limits);
    expect(outcome.problem).toMatchObject({ kind: 'timeout' });
    expect(outcome.problem?.message).toMatch(/longer than its bound of 1 s/);
    expect(outcome.tenant?.completeness.complete).toBe(false);
  });

  it('a token endpoint that never answers: no tenant, the fault says how long it waited', async () => {
    const limits = { ...TENANT_READ_LIMITS, requestTimeoutSeconds: 1 };
    const { outcome } = await readWith({ fault: ({ path }) => (path === '/oidc/token' ? 'hang' : undefined) }, limits);
    expect(outcome.tenant).toBeUndefined();
    expect(outcome.problem).toMatchObject({ kind: 'timeout' });
    expect(outcome.problem?.message).toMatch(/within 1 s/);
  });
});

describe('a connection reset before any answer', () => {
  it(`is sent again (a GET is safe to repeat), at most ${TENANT_READ_LIMITS.resendsAfterReset} times`, async () => {
    const { outcome, asked } = await readWith({
      fault: ({ path, count }) => (path === '/api/users' && count <= 2 ? 'reset' : undefined),
    });
    expect(asked('/api/users')).toHaveLength(3);
    expect(outcome.tenant?.completeness).toEqual({ complete: true });
    const attempts = outcome.capture.entries.filter((e) => e.url.includes('/api/users?'));
    expect(attempts.map((e) => e.status ?? 'no answer')).toEqual(['no answer', 'no answer', 200]);
  });

  it('a connection that keeps being reset ends as a named gap, not a crash', async () => {
    const { outcome, asked } = await readWith({ fault: ({ path }) => (path === '/api/users' ? 'reset' : undefined) });
    expect(asked('/api/users')).toHaveLength(1 + TENANT_READ_LIMITS.resendsAfterReset);
    const gaps = outcome.tenant?.completeness.complete === false ? outcome.tenant.completeness.gaps : [];
    expect(gaps.find((g) => g.collection === 'users')?.reason).toMatch(/failed/);
  });
});

describe('large tenants', () => {
  it('reads a 10,000-user tenant whole, 100 users a page, GET only', async () => {
    const { outcome, asked } = await readWith({ users: 10_000 });
    expect(outcome.tenant?.completeness).toEqual({ complete: true });
    expect(outcome.tenant?.users).toHaveLength(10_000);
    expect(outcome.tenant?.users.filter((u) => u.roleIds.includes('reader'))).toHaveLength(10_000);
    expect(asked('/api/users')).toHaveLength(100);
    expect(new Set(server!.requests.filter((r) => r.url.startsWith('/api/')).map((r) => r.method))).toEqual(
      new Set(['GET']),
    );
  });

  it('past the stated item limit, what was read is kept and the tenant says it is partial', async () => {
    const limits = { ...TENANT_READ_LIMITS, itemsPerCollection: 250 };
    const { outcome } = await readWith({ users: 1_000 }, limits);
    expect(outcome.tenant?.users).toHaveLength(250);
    const gaps = outcome.tenant?.completeness.complete === false ? outcome.tenant.completeness.gaps : [];
    expect(gaps.find((g) => g.collection === 'users')).toMatchObject({ read: 250, total: 1000 });
    expect(gaps.find((g) => g.collection === 'users')?.reason).toMatch(/at most 250/);
  });
});

describe('read-only, always', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'])('%s is refused before anything is sent', async (method) => {
    server = await startFaultManagementApi();
    const before = server.requests.length;
    const get = readOnlyFetch((url, init) => fetch(url, init));
    await expect(get(`${server.issuer.replace('/oidc', '')}/api/users`, { method, headers: {} })).rejects.toThrow(
      ReadOnlyViolation,
    );
    expect(server.requests.length).toBe(before);
  });
});
