import { describe, expect, it } from 'vitest';
import { diffScopes, type ScopeWorld } from '../../shared/inspect/token-inspection.js';
import { API, forge, m2mClaims } from './inspect-fixtures.js';

const OTHER = 'https://billing.example.com';
const world: ScopeWorld = {
  exact: true,
  resources: [
    { indicator: API, scopes: ['read:products', 'write:products', 'delete:products'] },
    { indicator: OTHER, scopes: ['read:invoices'] },
  ],
  organizationScopes: ['invite:member'],
  subjectPermissions: [{ resource: API, scopes: ['read:products', 'write:products'] }],
  consented: ['openid', 'read:products', 'delete:products', 'invite:member', 'read:invoices'],
};

function rowOf(diff: ReturnType<typeof diffScopes>, scope: string) {
  return [...diff.resources.flatMap((r) => r.rows), ...diff.identity].find((row) => row.scope === scope);
}

describe('diffScopes', () => {
  const token = m2mClaims({ sub: 'user-alice', scope: 'read:products' });
  const request = {
    resources: [API],
    scopes: [
      'openid',
      'offline_access',
      'read:products',
      'write:products',
      'delete:products',
      'read:invoices',
      'invite:member',
      'typo:products',
    ],
  };
  const diff = diffScopes({ request, token, grantedScope: 'openid read:products', world });

  it('puts each scope under the resource that defines it', () => {
    expect(diff.resources.map((r) => r.resource)).toEqual([API, OTHER]);
    expect(diff.resources[0]).toMatchObject({ requested: true, isTokenAudience: true });
    expect(diff.resources[1]).toMatchObject({ requested: false, isTokenAudience: false });
  });

  it('gives the exact reason for each missing scope in the sandbox', () => {
    expect(rowOf(diff, 'read:products')).toMatchObject({ requested: true, granted: true, inToken: true });
    expect(rowOf(diff, 'read:products')?.reason).toBeUndefined();
    expect(rowOf(diff, 'write:products')?.reason).toMatchObject({ code: 'no-consent', certainty: 'exact' });
    expect(rowOf(diff, 'delete:products')?.reason).toMatchObject({ code: 'no-role', certainty: 'exact' });
    expect(rowOf(diff, 'read:invoices')?.reason).toMatchObject({ code: 'resource-not-requested' });
    expect(rowOf(diff, 'invite:member')?.reason).toMatchObject({ code: 'organization-scope-without-organization' });
    expect(rowOf(diff, 'typo:products')?.reason).toMatchObject({ code: 'unknown-scope' });
    expect(rowOf(diff, 'offline_access')?.reason?.message).toMatch(/refresh token/);
    expect(rowOf(diff, 'openid')).toMatchObject({ granted: true, inToken: false });
    expect(diff.summary).toMatch(/1 of 5 requested scopes/);
  });

  it('says "likely" for a server whose world it does not know', () => {
    const likely = diffScopes({
      request: { resources: [API], scopes: ['read:products', 'write:products'] },
      token: forge({ alg: 'ES384' }, token, 's'),
    });
    expect(rowOf(likely, 'write:products')?.reason).toMatchObject({ code: 'no-role', certainty: 'likely' });
    expect(rowOf(likely, 'write:products')?.reason?.message).toMatch(/^Likely/);
  });

  it('explains a requested resource this token is not for', () => {
    const twoResources = diffScopes({ request: { resources: [API, OTHER], scopes: ['read:invoices'] }, token, world });
    expect(rowOf(twoResources, 'read:invoices')?.reason).toMatchObject({ code: 'other-resource' });
  });

  it('survives an opaque or broken token', () => {
    const opaque = diffScopes({
      request: { resources: [], scopes: ['read:products'] },
      token: 'Zm9vYmFyYmF6cXV4c29tZW9wYXF1ZXRva2VudmFsdWUx',
    });
    expect(rowOf(opaque, 'read:products')).toMatchObject({ inToken: false });
  });
});

describe('scopeWorldFromTenant over the sandbox world', () => {
  it('reads exact reasons for user, M2M and organization tokens from the default world', async () => {
    const { scopeWorldFromTenant } = await import('../../shared/explain/scope-world-from-tenant.js');
    const { tenantFromWorld } = await import('../../shared/tenant/tenant-from-world.js');
    const { defaultWorld } = await import('../../electron/services/sandbox/world/world-file.js');
    const tenant = tenantFromWorld(defaultWorld(), 'now');
    const PRODUCTS = 'https://products.tokenscope.test';
    const reasonFor = (
      payload: Record<string, unknown>,
      request: { resources: string[]; scopes: string[]; organizationId?: string },
      scope: string,
    ) => {
      const diff = diffScopes({ request, token: payload, world: scopeWorldFromTenant(tenant, payload) });
      return rowOf(diff, scope);
    };

    const m2m = { aud: PRODUCTS, sub: 'tokenscope-m2m', client_id: 'tokenscope-m2m', scope: 'read:products' };
    expect(
      reasonFor(m2m, { resources: [PRODUCTS], scopes: ['delete:products'] }, 'delete:products')?.reason,
    ).toMatchObject({ code: 'no-role', certainty: 'exact' });

    const vera = { aud: PRODUCTS, sub: 'vera', client_id: 'tokenscope-native', scope: 'read:products' };
    expect(
      reasonFor(vera, { resources: [PRODUCTS], scopes: ['read:products', 'write:products'] }, 'write:products')?.reason
        ?.message,
    ).toMatch(/^vera has role Viewer; it does not grant write:products; roles Editor and Admin do/);

    // Vera is a member of acme: her organization role grants read:products only, whatever her global roles say.
    const veraInAcme = { ...vera, organization_id: 'acme' };
    expect(
      reasonFor(
        veraInAcme,
        { resources: [PRODUCTS], scopes: ['read:products', 'write:products'], organizationId: 'acme' },
        'write:products',
      )?.reason,
    ).toMatchObject({ code: 'no-role', certainty: 'exact' });

    const orgToken = { aud: 'urn:logto:organization:acme', sub: 'vera', client_id: 'tokenscope-native', scope: '' };
    expect(
      reasonFor(orgToken, { resources: [], scopes: ['invite:member'], organizationId: 'acme' }, 'invite:member')
        ?.reason,
    ).toMatchObject({ code: 'no-role', certainty: 'exact' });
    // The organization is read from the token's audience, whatever the request said.
    expect(reasonFor(orgToken, { resources: [], scopes: ['invite:member'] }, 'invite:member')?.reason).toMatchObject({
      code: 'no-role',
    });
    expect(
      reasonFor(vera, { resources: [PRODUCTS], scopes: ['invite:member'] }, 'invite:member')?.reason,
    ).toMatchObject({
      code: 'organization-scope-without-organization',
    });
  });
});
