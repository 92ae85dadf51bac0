import { describe, expect, it } from 'vitest';
import { diffScopes, type ScopeDiff } from '../../shared/inspect/token-inspection.js';
import { scopeWorldFromTenant } from '../../shared/explain/scope-world-from-tenant.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';

const PRODUCTS = 'https://products.tokenscope.test';
const rowOf = (diff: ScopeDiff, scope: string) =>
  diff.resources.flatMap((r) => r.rows).find((row) => row.scope === scope);

// Logto: with organization_id (plus resource), the scopes come from the organization roles of the app or user in
// that organization only; the app's global M2M roles and the user's global roles do not count.
describe('a scope missing from an organization token is blamed on organization roles', () => {
  const m2mInAcme = {
    aud: PRODUCTS,
    sub: 'tokenscope-m2m',
    client_id: 'tokenscope-m2m',
    organization_id: 'acme',
    scope: '',
  };
  const veraInAcme = {
    aud: PRODUCTS,
    sub: 'vera',
    client_id: 'tokenscope-native',
    organization_id: 'acme',
    scope: 'read:products',
  };
  const request = { resources: [PRODUCTS], scopes: ['read:products', 'write:products'], organizationId: 'acme' };

  it.each([
    [
      'an M2M token, no world known',
      m2mInAcme,
      undefined,
      /^Likely: the app holds no organization role in acme granting write:products.*not its global M2M roles/,
    ],
    [
      'an M2M token, the sandbox world',
      m2mInAcme,
      'sandbox',
      /^the app Inventory sync job \(M2M\) has organization role member in organization Acme Inc\.; it does not grant write:products; organization role admin does\..*global M2M role Inventory sync grants write:products, but an organization token draws on organization roles only/,
    ],
    [
      'a user token, no world known',
      veraInAcme,
      undefined,
      /^Likely: the user holds no organization role in acme granting write:products.*not their global roles/,
    ],
    [
      'a user token, the sandbox world',
      veraInAcme,
      'sandbox',
      /^vera has organization role member in organization Acme Inc\.; it does not grant write:products; organization role admin does/,
    ],
  ] as const)('%s', (_name, payload, world, message) => {
    const diff = diffScopes({
      request,
      token: payload,
      world: world ? scopeWorldFromTenant(tenantFromWorld(defaultWorld(), 'now'), payload) : undefined,
    });
    const reason = rowOf(diff, 'write:products')?.reason;
    expect(reason?.code).toBe('no-role');
    expect(reason?.message).toMatch(message);
    expect(reason?.message).toMatch(/Organization template|organization role/);
  });

  it('a token without organization still names the global roles', () => {
    const diff = diffScopes({
      request: { resources: [PRODUCTS], scopes: ['write:products'] },
      token: { aud: PRODUCTS, sub: 'tokenscope-m2m', client_id: 'tokenscope-m2m' },
    });
    expect(rowOf(diff, 'write:products')?.reason?.message).toMatch(/^Likely: the user or app has no role granting/);
  });
});
