import { describe, expect, it } from 'vitest';
import { diffScopes, type ScopeDiff, type ScopeRequest } from '../../shared/inspect/scope-diff.js';
import { scopeWorldFromTenant } from '../../shared/explain/scope-world-from-tenant.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import type { Tenant } from '../../shared/tenant/tenant.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';
const ACME = 'urn:logto:organization:acme';
const sandbox = tenantFromWorld(defaultWorld(), '2026-12-07T10:00:00Z');
const partial: Tenant = {
  ...sandbox,
  completeness: { complete: false, gaps: [{ collection: 'users', read: 2, total: 4, reason: '429', fix: 'retry' }] },
};

const rowsOf = (diff: ScopeDiff) => [...diff.resources.flatMap((r) => r.rows), ...diff.identity];
const rowOf = (diff: ScopeDiff, scope: string) => rowsOf(diff).find((row) => row.scope === scope);

const user = (sub: string, aud: string, scope: string, extra: Record<string, unknown> = {}) => ({
  iss: 'http://127.0.0.1:3000/oidc',
  sub,
  client_id: 'tokenscope-native',
  aud,
  scope,
  ...extra,
});
const m2m = (app: string, aud: string, scope: string, extra: Record<string, unknown> = {}) => ({
  sub: app,
  client_id: app,
  aud,
  scope,
  ...extra,
});

interface Case {
  kind: string;
  payload: Record<string, unknown>;
  request: ScopeRequest;
  tenant?: Tenant;
  /** scope → what its row must say: the missing reason, or (granted) the role that granted it. */
  missing?: Record<string, RegExp>;
  granted?: Record<string, RegExp>;
  certainty?: 'exact' | 'likely';
}

// Each kind as Logto answers it (Logto docs: "Access token", "Organization token", "Personal access token"): what
// the table says is read from the token's sub, client_id, aud, organization_id and scope, never from the request.
const CASES: Case[] = [
  {
    kind: 'user sign-in: a role the user lacks, one that has it named',
    payload: user('eddie', PRODUCTS, 'read:products write:products'),
    request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products', 'delete:products'] },
    missing: {
      'delete:products':
        /^eddie has role Editor; it does not grant delete:products; role Admin does\. Assign eddie role Admin, or add delete:products to one of eddie's roles/,
    },
    granted: {
      'write:products': /^eddie's role Editor grants it$/,
      'read:products': /^eddie's role Editor grants it$/,
    },
  },
  {
    kind: 'user sign-in near miss: two roles could grant it',
    payload: user('vera', PRODUCTS, 'read:products'),
    request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products'] },
    missing: {
      'write:products': /^vera has role Viewer; it does not grant write:products; roles Editor and Admin do\./,
    },
    granted: { 'read:products': /^vera's role Viewer grants it$/ },
  },
  {
    kind: 'refresh: a user with no role at all',
    payload: user('noah', ORDERS, ''),
    request: { resources: [ORDERS], scopes: ['read:orders'] },
    missing: {
      'read:orders':
        /^noah has no role; roles Viewer, Editor and Admin do\. Assign noah role Viewer, or add read:orders to a role of noah's/,
    },
  },
  {
    kind: 'M2M client credentials: no M2M role grants it anywhere',
    payload: m2m('tokenscope-m2m', PRODUCTS, 'read:products write:products'),
    request: { resources: [PRODUCTS], scopes: ['read:products', 'delete:products'] },
    missing: {
      'delete:products':
        /^the app Inventory sync job \(M2M\) has M2M role Inventory sync; it does not grant delete:products; no M2M role in the sandbox world grants it\./,
    },
    granted: { 'read:products': /M2M role Inventory sync grants it$/ },
  },
  {
    kind: 'M2M near miss: the Management API script asks for a product scope',
    payload: m2m('tokenscope-admin-script', PRODUCTS, ''),
    request: { resources: [PRODUCTS], scopes: ['read:products'] },
    missing: {
      'read:products':
        /^the app Admin script \(M2M, Management API\) has M2M role Management API access; it does not grant read:products; M2M role Inventory sync does\./,
    },
  },
  {
    kind: 'organization token: organization permission from organization roles',
    payload: user('vera', ACME, ''),
    request: { resources: [], scopes: ['invite:member'], organizationId: 'acme' },
    missing: {
      'invite:member':
        /^vera has organization role member in organization Acme Inc\.; it does not grant invite:member; organization role admin does\..*Organization template/,
    },
  },
  {
    kind: 'organization token: read from aud even when the request named no organization',
    payload: user('vera', ACME, ''),
    request: { resources: [], scopes: ['invite:member'] },
    missing: { 'invite:member': /^vera has organization role member in organization Acme Inc\./ },
  },
  {
    kind: 'organization token near miss: not a member',
    payload: user('noah', ACME, ''),
    request: { resources: [], scopes: ['invite:member'], organizationId: 'acme' },
    missing: {
      'invite:member':
        /^noah is not a member of organization Acme Inc\.; organization role admin does\. Add noah to Acme Inc\. with an organization role that grants invite:member/,
    },
  },
  {
    kind: 'organization token with resource: the global role that would grant it does not count',
    payload: user('eddie', PRODUCTS, 'read:products', { organization_id: 'acme' }),
    request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products'], organizationId: 'acme' },
    missing: {
      'write:products':
        /^eddie has organization role member in organization Acme Inc\.; it does not grant write:products; organization role admin does\..* eddie's global role Editor grants write:products, but an organization token draws on organization roles only\.$/,
    },
    granted: { 'read:products': /^eddie's organization role member grants it$/ },
  },
  {
    kind: 'M2M organization token with resource',
    payload: m2m('tokenscope-m2m', PRODUCTS, 'read:products', { organization_id: 'acme' }),
    request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products'], organizationId: 'acme' },
    missing: {
      'write:products':
        /^the app Inventory sync job \(M2M\) has organization role member in organization Acme Inc\.;.*global M2M role Inventory sync grants write:products/,
    },
  },
  {
    kind: 'PAT exchange: acts as the user, user roles',
    payload: user('eddie', ORDERS, 'read:orders write:orders', { client_id: 'tokenscope-web' }),
    request: { resources: [ORDERS], scopes: ['read:orders', 'write:orders'] },
    granted: { 'write:orders': /^eddie's role Editor grants it$/ },
  },
  {
    kind: 'PAT exchange near miss: the role was assigned after the token',
    payload: user('eddie', PRODUCTS, 'read:products', { client_id: 'tokenscope-web' }),
    request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products'] },
    missing: { 'write:products': /^eddie's role Editor grants write:products, yet it was not issued/ },
  },
  {
    kind: 'a user the tenant does not know: nothing exact',
    payload: user('ghost', PRODUCTS, ''),
    request: { resources: [PRODUCTS], scopes: ['read:products'] },
    missing: { 'read:products': /^Likely: user ghost is not in the sandbox world, so its roles cannot be named/ },
    certainty: 'likely',
  },
  {
    kind: 'a tenant read partly: the same words, said as likely',
    payload: user('eddie', PRODUCTS, 'read:products write:products'),
    request: { resources: [PRODUCTS], scopes: ['delete:products'] },
    tenant: partial,
    missing: {
      'delete:products': /^Likely: eddie has role Editor; it does not grant delete:products; role Admin does/,
    },
    certainty: 'likely',
  },
  {
    kind: 'ID token: audience is the client, no API scopes, no M2M wording',
    payload: { iss: 'x', sub: 'eddie', aud: 'tokenscope-native', at_hash: 'abc', auth_time: 1, iat: 1, exp: 2 },
    request: { resources: [PRODUCTS], scopes: ['openid', 'profile', 'read:products'] },
    missing: { 'read:products': /^This is an ID token: its audience is the client \(tokenscope-native\), not an API/ },
  },
];

describe('every token kind is explained from the tenant, naming the subject and its roles', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s', (_kind, c) => {
    const world = scopeWorldFromTenant(c.tenant ?? sandbox, c.payload);
    const diff = diffScopes({ request: c.request, token: c.payload, world });
    for (const [scope, message] of Object.entries(c.missing ?? {})) {
      const row = rowOf(diff, scope);
      expect(row?.inToken, scope).toBe(false);
      expect(row?.reason?.message, scope).toMatch(message);
      expect(row?.reason?.message).not.toMatch(/M2M/i.test(c.kind) ? /^$/ : /M2M role/);
      if (c.certainty || !/ID token/.test(c.kind)) expect(row?.reason?.certainty).toBe(c.certainty ?? 'exact');
    }
    for (const [scope, message] of Object.entries(c.granted ?? {})) {
      expect(rowOf(diff, scope)?.inToken, scope).toBe(true);
      expect(rowOf(diff, scope)?.grantedBy?.message, scope).toMatch(message);
    }
  });

  it('says where exact reasons were read, and says nothing of the kind when they are likely', () => {
    const payload = user('eddie', PRODUCTS, 'read:products');
    const request = { resources: [PRODUCTS], scopes: ['write:products'] };
    expect(diffScopes({ request, token: payload, world: scopeWorldFromTenant(sandbox, payload) }).source).toBe(
      'the sandbox world',
    );
    expect(
      diffScopes({ request, token: payload, world: scopeWorldFromTenant(partial, payload) }).source,
    ).toBeUndefined();
  });

  it('a partial read says so where it names the tenant', () => {
    const payload = m2m('tokenscope-m2m', PRODUCTS, '');
    const diff = diffScopes({
      request: { resources: [PRODUCTS], scopes: ['delete:products'] },
      token: payload,
      world: scopeWorldFromTenant(partial, payload),
    });
    expect(rowOf(diff, 'delete:products')?.reason?.message).toMatch(
      /no M2M role in the sandbox world \(partly read\) grants it/,
    );
  });

  it('names a tenant read over its Management API, with when it was read', () => {
    const real: Tenant = {
      ...sandbox,
      source: { kind: 'tenant-url', endpoint: 'https://abc.logto.app', managementApi: 'https://abc.logto.app/api' },
    };
    const payload = m2m('tokenscope-m2m', PRODUCTS, '');
    const world = scopeWorldFromTenant(real, payload);
    const diff = diffScopes({ request: { resources: [PRODUCTS], scopes: ['delete:products'] }, token: payload, world });
    expect(rowOf(diff, 'delete:products')?.reason?.message).toMatch(
      /no M2M role in the tenant https:\/\/abc\.logto\.app \(read at 2026-12-07T10:00:00Z\) grants it/,
    );
  });

  it('explains an ID token as one: its summary names the client and no row blames a role', () => {
    const payload = { sub: 'eddie', aud: 'tokenscope-native', nonce: 'n', iat: 1, exp: 2 };
    const diff = diffScopes({
      request: { resources: [PRODUCTS], scopes: ['openid', 'write:products'] },
      token: payload,
      world: scopeWorldFromTenant(sandbox, payload),
    });
    expect(diff.idToken).toEqual({ client: 'tokenscope-native' });
    expect(diff.summary).toMatch(/^An ID token for the client tokenscope-native/);
    expect(rowOf(diff, 'openid')?.reason).toBeUndefined();
    expect(rowsOf(diff).every((row) => row.reason?.code !== 'no-role')).toBe(true);
  });

  it('reads the organization from the answer: organization_id sent but not honoured is said', () => {
    const payload = user('vera', PRODUCTS, 'read:products');
    const diff = diffScopes({
      request: { resources: [PRODUCTS], scopes: ['invite:member'], organizationId: 'acme' },
      token: payload,
      world: scopeWorldFromTenant(sandbox, payload),
    });
    expect(rowOf(diff, 'invite:member')?.reason).toMatchObject({ code: 'organization-scope-without-organization' });
    expect(rowOf(diff, 'invite:member')?.reason?.message).toMatch(
      /organization_id acme was sent, yet the server answered/,
    );
  });
});

describe('an opaque access token still gets its table', () => {
  it('each requested API scope says the token is opaque and how to get a JWT, not "for no API"', () => {
    const diff = diffScopes({
      request: { resources: [PRODUCTS], scopes: ['read:products'] },
      token: 'Wq0g6bnmA1n6p3bWcVbV2Z9aXlCkJvZg5nN3h0QmQyD',
      grantedScope: 'openid read:products',
    });
    expect(rowOf(diff, 'read:products')).toMatchObject({ requested: true, granted: true, inToken: false });
    expect(rowOf(diff, 'read:products')?.reason).toMatchObject({ code: 'opaque-token', certainty: 'exact' });
    expect(rowOf(diff, 'read:products')?.reason?.message).toMatch(
      /^The access token is opaque, not a JWT: no API can read read:products from it.*resource=https:\/\/products\.tokenscope\.test/,
    );
  });
});
