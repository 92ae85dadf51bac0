import { describe, expect, it } from 'vitest';
import { scopeDifferenceSentences, type RoleSide } from '../../shared/explain/compare-roles.js';
import { scopeRolesFromTenant } from '../../shared/explain/scope-roles-from-tenant.js';
import { tokenSubject } from '../../shared/explain/token-subject.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';

const ORDERS = 'https://orders.tokenscope.test';
const PRODUCTS = 'https://products.tokenscope.test';
const tenant = tenantFromWorld(defaultWorld(), '2026-12-07T10:00:00Z');

function side(label: string, payload: Record<string, unknown>, known = true): RoleSide {
  const subject = tokenSubject(payload)!;
  return { label, payload, ...(known ? { roles: scopeRolesFromTenant(tenant, subject) } : {}) };
}
const pat = (aud: string, scope: string) => ({ sub: 'eddie', client_id: 'tokenscope-web', aud, scope });
const job = (aud: string, scope: string) => ({ sub: 'tokenscope-m2m', client_id: 'tokenscope-m2m', aud, scope });

describe('a comparison names the role behind each scope only one token has', () => {
  it.each([
    [
      'PAT vs M2M on the orders API: the M2M role lacks write:orders',
      side('PAT exchange', pat(ORDERS, 'read:orders write:orders')),
      side('M2M', job(ORDERS, 'read:orders')),
      [
        "Only PAT exchange has write:orders: eddie's role Editor grants it; the app Inventory sync job (M2M)'s M2M role Inventory sync does not",
      ],
    ],
    [
      'near miss: the other side holds a role that would grant it, it was not asked for',
      side('PAT exchange', pat(PRODUCTS, 'read:products')),
      side('M2M', job(PRODUCTS, 'read:products write:products')),
      [
        "Only M2M has write:products: the app Inventory sync job (M2M)'s M2M role Inventory sync grants it; eddie's role Editor would grant it, but it was not asked for",
      ],
    ],
    [
      'a user with no role',
      side('A', { sub: 'noah', client_id: 'tokenscope-web', aud: ORDERS, scope: '' }),
      side('B', job(ORDERS, 'read:orders')),
      [
        "Only B has read:orders: the app Inventory sync job (M2M)'s M2M role Inventory sync grants it; noah has no role",
      ],
    ],
    [
      'a token whose tenant was not read says so, never guesses',
      side('A', pat(ORDERS, 'read:orders write:orders')),
      side('B', job(ORDERS, 'read:orders'), false),
      ["Only A has write:orders: eddie's role Editor grants it; why B lacks it is unknown (its tenant was not read)"],
    ],
    [
      'the same scopes: nothing to say',
      side('A', pat(ORDERS, 'read:orders')),
      side('B', job(ORDERS, 'read:orders')),
      [],
    ],
  ] as const)('%s', (_name, a, b, sentences) => {
    expect(scopeDifferenceSentences(a, b)).toEqual(sentences);
  });
});
