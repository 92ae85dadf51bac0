import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenscopeEvent } from '../../shared/contract/events.js';
import { SANDBOX_CONNECTION_ID } from '../../electron/services/connections/sandbox-connection.js';
import { createEventHub } from '../../electron/services/events/event-hub.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { FlowEngine } from '../../electron/services/flows/flow-engine.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { readTenant } from '../../electron/services/tenant/tenant-reader.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import type { Tenant } from '../../shared/tenant/tenant.js';
import { startAppWithSandbox, type AppWithSandbox } from '../support/app-with-sandbox.js';
import { worldWithUsers } from '../support/large-world.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';

/** The default world's app that holds the Management API access role (`all`), and the one that does not. */
const ADMIN = 'tokenscope-admin-script';
const SYNC_JOB = 'tokenscope-m2m';
const secretOf = (app: AppWithSandbox, clientId: string) =>
  app.sandbox.clients.find((c) => c.clientId === clientId)!.clientSecret!;

let app: AppWithSandbox;
beforeAll(async () => {
  app = await startAppWithSandbox('tenant-read');
});
afterAll(async () => {
  await app?.close();
});

/** What both sources must agree on: everything but where and when it was read, and how an auth method is known. */
function comparable(tenant: Tenant) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const sortScopes = <T extends { resource: string; name: string }>(s: T[]) =>
    [...s].sort((a, b) => `${a.resource} ${a.name}`.localeCompare(`${b.resource} ${b.name}`));
  return {
    defaultResource: tenant.defaultResource,
    resources: [...tenant.resources]
      .sort((a, b) => a.indicator.localeCompare(b.indicator))
      .map((r) => ({ ...r, permissions: r.permissions.map((p) => p.name).sort() })),
    roles: byId(tenant.roles).map((r) => ({ id: r.id, name: r.name, type: r.type, scopes: sortScopes(r.scopes) })),
    applications: byId(tenant.applications).map((a) => ({
      id: a.id,
      type: a.type,
      allowTokenExchange: a.allowTokenExchange,
      roleIds: [...a.roleIds].sort(),
      organizations: a.organizations,
    })),
    users: byId(tenant.users).map((u) => ({
      id: u.id,
      username: u.username,
      roleIds: [...u.roleIds].sort(),
      organizations: u.organizations,
    })),
    organizations: byId(tenant.organizations).map((o) => ({ id: o.id, name: o.name })),
    organizationRoles: byId(tenant.organizationRoles).map((r) => ({
      id: r.id,
      type: r.type,
      permissions: [...r.permissions].sort(),
      resourceScopes: sortScopes(r.resourceScopes),
    })),
    organizationPermissions: tenant.organizationPermissions.map((p) => p.name).sort(),
  };
}

describe('reading a tenant through the sandbox Management API over HTTP', () => {
  it('reads the default world whole, and the model is the one built from the world', async () => {
    const outcome = await readTenant({
      issuer: app.sandbox.issuer,
      credentials: { clientId: ADMIN, clientSecret: secretOf(app, ADMIN) },
      readId: 'whole',
    });
    expect(outcome.problem).toBeUndefined();
    expect(outcome.tenant?.completeness).toEqual({ complete: true });
    expect(outcome.tenant?.source).toEqual({
      kind: 'tenant-url',
      endpoint: app.sandbox.origin,
      managementApi: 'https://default.logto.app/api',
    });
    expect(comparable(outcome.tenant!)).toEqual(comparable(tenantFromWorld(app.sandbox.world, 'now')));
  });

  it('only ever sends GET to the Management API, each request in the timeline with its secrets masked', async () => {
    const outcome = await readTenant({
      issuer: app.sandbox.issuer,
      credentials: { clientId: ADMIN, clientSecret: secretOf(app, ADMIN) },
      readId: 'timeline',
    });
    const api = outcome.capture.entries.filter((e) => new URL(e.url).pathname.startsWith('/api/'));
    expect(api.length).toBeGreaterThan(10);
    expect(new Set(api.map((e) => e.method))).toEqual(new Set(['GET']));
    const masked = JSON.stringify(outcome.capture.masked());
    expect(masked).not.toContain(secretOf(app, ADMIN));
    for (const secret of app.sandbox.clients.flatMap((c) => (c.clientSecret ? [c.clientSecret] : [])))
      expect(masked).not.toContain(secret);
    const bearer = api[0]!.requestHeaders.authorization!;
    expect(bearer).toMatch(/^Bearer ey/);
    expect(masked).not.toContain(bearer.slice('Bearer '.length));
  });

  it.each([
    ['a wrong secret', ADMIN, 'not-the-secret', 'credentials', /secret of tokenscope-admin-script is wrong/],
    ['an unknown app', 'no-such-app', 'whatever', 'credentials', /No app no-such-app exists/],
    ['an app without the Management API role (a token without all: 403)', SYNC_JOB, undefined, 'forbidden', /"all"/],
  ])('%s: nothing is shown as read, the fault is explained with its fix', async (_, clientId, secret, kind, fix) => {
    const outcome = await readTenant({
      issuer: app.sandbox.issuer,
      credentials: { clientId, clientSecret: secret ?? secretOf(app, clientId) },
      readId: `fault-${clientId}`,
    });
    expect(outcome.tenant).toBeUndefined();
    expect(outcome.problem?.kind).toBe(kind);
    expect(`${outcome.problem?.message} ${outcome.problem?.fix}`).toMatch(fix);
  });

  it('a token for another Management API indicator is refused with 401, and the fix names the indicator', async () => {
    const outcome = await readTenant({
      issuer: app.sandbox.issuer,
      credentials: { clientId: ADMIN, clientSecret: secretOf(app, ADMIN) },
      indicator: 'https://products.tokenscope.test',
      readId: 'wrong-indicator',
    });
    expect(outcome.tenant).toBeUndefined();
    expect(outcome.problem).toMatchObject({ kind: 'token-refused', status: 401 });
    expect(outcome.problem?.fix).toMatch(/Management API indicator/);
  });
});

describe('the contract: Management API access on a connection, a cached read, progress as events', () => {
  it('sets access (secret to the vault only), reads with progress, caches until refreshed', async () => {
    const events: TokenscopeEvent[] = [];
    const hub = createEventHub();
    hub.subscribe((e) => events.push(e));
    const flows = new FlowEngine();
    const api = createAppApi({
      shell: 'browser-host',
      vault: createMemoryVault(),
      version: 'test',
      dataDir: app.dataDir,
      sandbox: app.sandbox,
      flows,
      events: hub,
    });
    expect(await api.getManagementAccess({ connectionId: SANDBOX_CONNECTION_ID })).toBeNull();
    const none = await api.readTenant({ connectionId: SANDBOX_CONNECTION_ID });
    expect(none).toMatchObject({ status: 'failed', problem: { kind: 'no-access' } });
    await expect(api.setManagementAccess({ connectionId: SANDBOX_CONNECTION_ID, clientId: ADMIN })).rejects.toThrow(
      /Enter the secret of tokenscope-admin-script/,
    );
    const access = await api.setManagementAccess({
      connectionId: SANDBOX_CONNECTION_ID,
      clientId: ADMIN,
      clientSecret: secretOf(app, ADMIN),
    });
    expect(access).toMatchObject({ clientId: ADMIN, hasSecret: true, managementApi: 'https://default.logto.app/api' });
    expect(JSON.stringify(access)).not.toContain(secretOf(app, ADMIN));
    const onDisk = readFileSync(join(app.dataDir, 'tenant-access.json'), 'utf8');
    expect(onDisk).toContain(ADMIN);
    expect(onDisk).not.toContain(secretOf(app, ADMIN));

    const first = await api.readTenant({ connectionId: SANDBOX_CONNECTION_ID });
    expect(first).toMatchObject({ status: 'complete', cached: false });
    expect(first.tenant?.users.map((u) => u.id).sort()).toEqual(['ada', 'eddie', 'noah', 'vera']);
    const progress = events.filter((e) => e.type === 'tenant-read-progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ step: 'done', done: first.requests, planned: first.requests });

    expect(await api.readTenant({ connectionId: SANDBOX_CONNECTION_ID })).toMatchObject({
      readId: first.readId,
      cached: true,
    });
    expect(await api.getTenant({ connectionId: SANDBOX_CONNECTION_ID })).toMatchObject({ readId: first.readId });
    const again = await api.readTenant({ connectionId: SANDBOX_CONNECTION_ID, refresh: true });
    expect(again.readId).not.toBe(first.readId);

    const timeline = await api.getTenantReadTimeline({ connectionId: SANDBOX_CONNECTION_ID });
    expect(timeline).toHaveLength(again.requests);
    expect(JSON.stringify(timeline)).not.toContain(secretOf(app, ADMIN));
    await flows.close();
  });

  it('after a restart with a memory-only vault the secret is gone: said, with the fix, and nothing is read', async () => {
    const restarted = createAppApi({
      shell: 'browser-host',
      vault: createMemoryVault(),
      version: 'test',
      dataDir: app.dataDir,
      sandbox: app.sandbox,
    });
    expect(await restarted.getManagementAccess({ connectionId: SANDBOX_CONNECTION_ID })).toMatchObject({
      clientId: ADMIN,
      hasSecret: false,
    });
    const read = await restarted.readTenant({ connectionId: SANDBOX_CONNECTION_ID });
    expect(read).toMatchObject({ status: 'failed', requests: 0, problem: { kind: 'vault' } });
    expect(read.tenant).toBeUndefined();
    expect(read.problem?.message).toMatch(/not in the vault/);
  });

  it('refuses a connection that is not in the workspace, and an indicator that is not a URL', async () => {
    await expect(app.api.readTenant({ connectionId: 'no-such-connection' })).rejects.toThrow(/no connection/);
    await expect(
      app.api.setManagementAccess({
        connectionId: SANDBOX_CONNECTION_ID,
        clientId: ADMIN,
        clientSecret: 'x',
        managementApi: 'tenant api',
      }),
    ).rejects.toThrow(/not an absolute URL/);
  });
});

describe('a 10,000-user tenant through the sandbox Management API', () => {
  it('is read whole: every user, with her role and organization, 100 to a page', async () => {
    const large = await startSandbox({ world: parseWorld(worldWithUsers(10_000)) });
    try {
      const admin = large.clients.find((c) => c.clientId === ADMIN)!;
      const progress: { done: number; planned: number; step: string }[] = [];
      const outcome = await readTenant({
        issuer: large.issuer,
        credentials: { clientId: ADMIN, clientSecret: admin.clientSecret! },
        readId: 'large',
        onProgress: (p) => progress.push(p),
      });
      expect(outcome.tenant?.completeness).toEqual({ complete: true });
      expect(outcome.tenant?.users).toHaveLength(10_004);
      const user = outcome.tenant?.users.find((u) => u.id === 'user-000003');
      expect(user).toMatchObject({
        roleIds: ['editor'],
        organizations: [{ organizationId: 'acme', roleIds: ['member'] }],
      });
      const userPages = outcome.capture.entries.filter((e) => new URL(e.url).pathname === '/api/users');
      expect(userPages).toHaveLength(101);
      // Progress never runs past what is planned, and ends with every request of the timeline done.
      expect(progress.every((p) => p.done <= p.planned)).toBe(true);
      const last = progress.at(-1)!;
      expect(last).toEqual({
        step: 'done',
        done: outcome.capture.entries.length,
        planned: outcome.capture.entries.length,
      });
    } finally {
      await large.close();
    }
  }, 400_000);
});
