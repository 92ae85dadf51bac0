import { describe, expect, it } from 'vitest';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { edgeId, permissionNodeId, worldGraph } from '../../shared/sandbox/world-graph.js';
import { tokenPath, type TokenPathInput } from '../../shared/sandbox/token-path.js';
import { diffScopes } from '../../shared/inspect/scope-diff.js';
import { scopeWorldFromTenant } from '../../shared/explain/scope-world-from-tenant.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';

const world = parseWorld(DEFAULT_WORLD_YAML);
const graph = worldGraph(world);
const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';
const products = (scope: string) => permissionNodeId(PRODUCTS, scope);

interface Case {
  kind: string;
  input: TokenPathInput;
  nodes: string[];
  edges: [string, string][];
  broken: { scope: string; to?: string; code: string }[];
}

// Payloads shaped as the sandbox issues them, one per token kind the app gets.
const cases: Case[] = [
  {
    kind: 'user sign-in (vera, viewer)',
    input: {
      payload: { sub: 'vera', client_id: 'tokenscope-native', aud: PRODUCTS, scope: 'read:products' },
      request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products'] },
    },
    nodes: ['user:vera', 'role:viewer', products('read:products'), `res:${PRODUCTS}`],
    edges: [
      ['user:vera', 'role:viewer'],
      ['role:viewer', products('read:products')],
      [products('read:products'), `res:${PRODUCTS}`],
    ],
    broken: [{ scope: 'write:products', to: products('write:products'), code: 'no-role' }],
  },
  {
    kind: 'M2M client credentials (inventory sync)',
    input: {
      payload: {
        sub: 'tokenscope-m2m',
        client_id: 'tokenscope-m2m',
        aud: PRODUCTS,
        scope: 'read:products write:products',
      },
      request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products', 'delete:products'] },
      grantedScope: 'read:products write:products',
    },
    nodes: [
      'app:tokenscope-m2m',
      'role:inventory-sync',
      products('read:products'),
      products('write:products'),
      `res:${PRODUCTS}`,
    ],
    edges: [
      ['app:tokenscope-m2m', 'role:inventory-sync'],
      ['role:inventory-sync', products('read:products')],
      ['role:inventory-sync', products('write:products')],
    ],
    broken: [{ scope: 'delete:products', to: products('delete:products'), code: 'no-role' }],
  },
  {
    kind: 'organization token (vera in acme, a member)',
    input: {
      payload: { sub: 'vera', client_id: 'tokenscope-native', aud: 'urn:logto:organization:acme', scope: '' },
      request: { resources: [], scopes: ['invite:member'], organizationId: 'acme' },
    },
    nodes: ['user:vera', 'org:acme'],
    edges: [['user:vera', 'org:acme']],
    broken: [{ scope: 'invite:member', to: 'orgperm:invite:member', code: 'no-role' }],
  },
  {
    kind: 'organization token (ada in acme, an admin)',
    input: {
      payload: {
        sub: 'ada',
        client_id: 'tokenscope-native',
        aud: 'urn:logto:organization:acme',
        scope: 'invite:member manage:billing',
      },
      request: { resources: [], scopes: ['invite:member', 'manage:billing'], organizationId: 'acme' },
    },
    nodes: ['user:ada', 'org:acme', 'orgrole:admin', 'orgperm:invite:member', 'orgperm:manage:billing'],
    edges: [
      ['user:ada', 'org:acme'],
      ['org:acme', 'orgrole:admin'],
      ['orgrole:admin', 'orgperm:invite:member'],
    ],
    broken: [],
  },
  {
    kind: 'organization API token (vera, products in acme: organization roles only)',
    input: {
      payload: {
        sub: 'vera',
        client_id: 'tokenscope-native',
        aud: PRODUCTS,
        organization_id: 'acme',
        scope: 'read:products',
      },
      request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products'], organizationId: 'acme' },
    },
    nodes: ['user:vera', 'org:acme', 'orgrole:member', products('read:products'), `res:${PRODUCTS}`],
    edges: [
      ['user:vera', 'org:acme'],
      ['org:acme', 'orgrole:member'],
      ['orgrole:member', products('read:products')],
    ],
    broken: [{ scope: 'write:products', to: products('write:products'), code: 'no-role' }],
  },
  {
    kind: 'PAT exchange (eddie through the traditional app)',
    input: {
      payload: { sub: 'eddie', client_id: 'tokenscope-web', aud: ORDERS, scope: 'read:orders write:orders' },
      request: { resources: [ORDERS], scopes: ['read:orders', 'write:orders'] },
    },
    nodes: [
      'user:eddie',
      'role:editor',
      permissionNodeId(ORDERS, 'read:orders'),
      permissionNodeId(ORDERS, 'write:orders'),
      `res:${ORDERS}`,
    ],
    edges: [
      ['user:eddie', 'role:editor'],
      ['role:editor', permissionNodeId(ORDERS, 'write:orders')],
    ],
    broken: [],
  },
  {
    kind: 'a scope no API defines (a typo)',
    input: {
      payload: { sub: 'ada', client_id: 'tokenscope-native', aud: PRODUCTS, scope: '' },
      request: { resources: [PRODUCTS], scopes: ['raed:products'] },
    },
    nodes: ['user:ada'],
    edges: [],
    broken: [{ scope: 'raed:products', code: 'unknown-scope' }],
  },
];

describe('tokenPath', () => {
  it.each(cases)('lights the path of a $kind token', ({ input, nodes, edges, broken }) => {
    const path = tokenPath(world, graph, input);
    expect(path.nodes).toEqual(new Set(nodes));
    for (const [from, to] of edges) expect(path.edges).toContain(edgeId(from, to));
    for (const id of path.edges) expect(graph.edges.some((e) => e.id === id)).toBe(true);
    expect(path.broken.map((b) => ({ scope: b.scope, to: b.to, code: b.reason.code }))).toEqual(
      broken.map((b) => ({ to: undefined, ...b })),
    );
  });

  it.each(cases)('agrees with the scope table for a $kind token', ({ input }) => {
    const table = diffScopes({
      token: input.payload,
      request: input.request!,
      grantedScope: input.grantedScope,
      world: scopeWorldFromTenant(tenantFromWorld(world, ''), input.payload),
    });
    const path = tokenPath(world, graph, input);
    const missing = table.resources.flatMap((r) => r.rows.filter((row) => row.requested && !row.inToken));
    expect(path.broken.map((b) => [b.scope, b.reason.message])).toEqual(
      missing.map((row) => [row.scope, row.reason!.message]),
    );
    const inToken = table.resources.flatMap((r) => r.rows.filter((row) => row.inToken).map((row) => row.scope));
    const litPermissions = [...path.nodes].filter((id) => /^(perm|orgperm):/.test(id));
    expect(litPermissions.map((id) => id.split(/[ :]/).slice(-2).join(':')).sort()).toEqual(inToken.sort());
  });

  it('never lights a global role in an organization token: Logto reads organization roles only', () => {
    const [, , , , orgApi] = cases;
    expect([...tokenPath(world, graph, orgApi!.input).nodes].some((id) => id.startsWith('role:'))).toBe(false);
  });

  it.each([
    ['a subject the world does not know', { sub: 'stranger', client_id: 'x', aud: PRODUCTS, scope: 'read:products' }],
    ['no subject at all', { aud: PRODUCTS }],
  ])('lights nothing for %s, and says why', (_what, payload) => {
    const path = tokenPath(world, graph, { payload });
    expect(path.nodes.size).toBe(0);
    expect(path.summary).toMatch(/not in this world/);
  });

  it('lights only the subject of an ID token (no API, no scopes)', () => {
    const path = tokenPath(world, graph, { payload: { sub: 'vera', aud: 'tokenscope-native', nonce: 'n' } });
    expect(path.nodes).toEqual(new Set(['user:vera']));
  });
});

describe('tokenPath with the run’s own scope table', () => {
  it('draws the broken edges of the table it is given, word for word', () => {
    const [signIn] = cases;
    const table = diffScopes({
      token: signIn!.input.payload,
      request: { resources: [PRODUCTS], scopes: ['read:products', 'delete:products'] },
    });
    const path = tokenPath(world, graph, { ...signIn!.input, table });
    expect(path.broken.map((b) => [b.scope, b.reason.message])).toEqual([
      ['delete:products', table.resources[0]!.rows.find((r) => r.scope === 'delete:products')!.reason!.message],
    ]);
  });
});
