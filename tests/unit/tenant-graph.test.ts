import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';
import { tenantTokenPath, tokenPath, type TokenPath, type TokenPathInput } from '../../shared/sandbox/token-path.js';
import type { World } from '../../shared/sandbox/world.js';
import { tenantGraph, worldGraph, type WorldGraph } from '../../shared/sandbox/world-graph.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import type { Tenant } from '../../shared/tenant/tenant.js';

const defaultWorld = parseWorld(DEFAULT_WORLD_YAML);
const PRODUCTS = 'https://products.tokenscope.test';
const CLOUD_API = 'https://abc123.logto.app/api';

/**
 * The tenant a Management API read gives for `world`: read over HTTP, lists in another order, empty descriptions as
 * "" (Logto's rows never leave them out), memberships in the order the organizations listed them.
 */
function asRead(world: World, managementApi = MANAGEMENT_API.indicator): Tenant {
  const tenant = tenantFromWorld(world, '2026-12-07T12:00:00.000Z');
  return {
    ...tenant,
    source: { kind: 'tenant-url', endpoint: 'http://127.0.0.1:1', managementApi },
    resources: [...tenant.resources]
      .reverse()
      .map((r) => ({ ...r, permissions: r.permissions.map((p) => ({ ...p, description: p.description ?? '' })) })),
    roles: [...tenant.roles].reverse().map((r) => ({ ...r, description: r.description ?? '' })),
    users: [...tenant.users].reverse().map((u) => ({ ...u, organizations: [...u.organizations].reverse() })),
    applications: [...tenant.applications].reverse(),
    organizationPermissions: tenant.organizationPermissions.map((p) => ({ ...p, description: p.description ?? '' })),
  };
}

/** A graph with its order left out: what a layout and a token path read of it. */
const comparable = (graph: WorldGraph) => ({
  nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
});

const organizations: World = {
  ...defaultWorld,
  organizationRoles: [
    ...(defaultWorld.organizationRoles ?? []),
    { id: 'auditor', name: 'auditor', permissions: [], resourcePermissions: { [MANAGEMENT_API.indicator]: ['all'] } },
  ],
  users: defaultWorld.users.map((u) =>
    u.id === 'noah'
      ? { ...u, organizations: [{ organization: 'acme', roles: ['auditor', 'member'] }], name: undefined }
      : u,
  ),
};

describe('tenantGraph: the same graph from the world and from the equivalent tenant read', () => {
  it.each<[string, World]>([
    ['the default world', defaultWorld],
    ['a world whose organization role grants the Management API', organizations],
    ['a world no role of which grants the Management API', { ...defaultWorld, roles: defaultWorld.roles.slice(0, 3) }],
  ])('%s', (_what, world) => {
    expect(comparable(tenantGraph(asRead(world)))).toEqual(comparable(worldGraph(world)));
  });
});

describe('tenantGraph: what only a tenant read has', () => {
  const cloud = (world: World) => asRead(world, CLOUD_API);
  const managementApiResource = {
    indicator: CLOUD_API,
    name: 'Logto Management API',
    isDefault: false,
    permissions: [{ name: 'all', description: '' }],
  };
  const withCloudApi = (granted: boolean): Tenant => {
    const tenant = cloud({ ...defaultWorld, roles: defaultWorld.roles.slice(0, 3) });
    const role = {
      id: 'cloud-admin',
      name: 'Cloud admin',
      type: 'MachineToMachine' as const,
      scopes: [{ resource: CLOUD_API, name: 'all' }],
    };
    return { ...tenant, resources: [...tenant.resources, managementApiResource], roles: granted ? [role] : [] };
  };
  const has = (tenant: Tenant, id: string) => tenantGraph(tenant).nodes.some((n) => n.id === id);

  it.each([
    ['draws a Logto Cloud tenant’s own Management API when a role grants it', withCloudApi(true), true],
    ['leaves it out when no role does (every tenant has it)', withCloudApi(false), false],
  ])('%s', (_what, tenant, drawn) => {
    expect(has(tenant, `res:${CLOUD_API}`)).toBe(drawn);
    expect(has(tenant, `perm:${CLOUD_API} all`)).toBe(drawn);
  });

  it.each<[string, Partial<Tenant['users'][number]>, string, string]>([
    ['a user with a name', { name: 'Vera V.' }, 'Vera V.', 'user vera'],
    ['a user with an empty name', { name: '' }, 'vera', 'user vera'],
    ['a user with no name nor username', { name: undefined, username: undefined }, 'vera', 'user vera'],
  ])('labels %s', (_what, change, label, detail) => {
    const tenant = cloud(defaultWorld);
    const users = tenant.users.map((u) => (u.id === 'vera' ? { ...u, ...change } : u));
    const node = tenantGraph({ ...tenant, users }).nodes.find((n) => n.id === 'user:vera');
    expect([node?.label, node?.detail]).toEqual([label, detail]);
  });

  it.each<[Tenant['applications'][number]['type'], string, string | undefined]>([
    ['MachineToMachine', 'm2m app', undefined],
    ['Protected', 'protected app', undefined],
    ['Other', 'ThirdPartyThing app', 'ThirdPartyThing'],
  ])('describes an app of type %s as “%s”', (type, detail, typeName) => {
    const tenant = cloud(defaultWorld);
    const applications = tenant.applications.map((a) =>
      a.id === 'tokenscope-m2m' ? { ...a, type, ...(typeName ? { typeName } : {}) } : a,
    );
    expect(tenantGraph({ ...tenant, applications }).nodes.find((n) => n.id === 'app:tokenscope-m2m')?.detail).toBe(
      detail,
    );
  });
});

// Payloads shaped as the sandbox issues them.
const tokens: [string, TokenPathInput][] = [
  [
    'an M2M token, one scope refused',
    {
      payload: { sub: 'tokenscope-m2m', client_id: 'tokenscope-m2m', aud: PRODUCTS, scope: 'read:products' },
      request: { resources: [PRODUCTS], scopes: ['read:products', 'delete:products'] },
    },
  ],
  [
    'a user sign-in token',
    {
      payload: { sub: 'eddie', client_id: 'tokenscope-native', aud: PRODUCTS, scope: 'read:products write:products' },
      request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products', 'delete:products'] },
    },
  ],
  [
    'an organization token for an API',
    {
      payload: {
        sub: 'ada',
        client_id: 'tokenscope-native',
        aud: PRODUCTS,
        organization_id: 'acme',
        scope: 'read:products delete:products',
      },
      request: { resources: [PRODUCTS], scopes: ['read:products', 'delete:products'], organizationId: 'acme' },
    },
  ],
  [
    'an organization token',
    {
      payload: { sub: 'vera', client_id: 'tokenscope-native', aud: 'urn:logto:organization:acme', scope: '' },
      request: { resources: ['urn:logto:organization:acme'], scopes: ['invite:member'], organizationId: 'acme' },
    },
  ],
];

describe('tenantTokenPath: the same path through a tenant read as through its world', () => {
  const read = asRead(defaultWorld);
  const graph = tenantGraph(read);
  const worldPath = (input: TokenPathInput) => tokenPath(defaultWorld, worldGraph(defaultWorld), input);

  it.each(tokens)('%s', (_what, input) => {
    const fromRead = tenantTokenPath(read, graph, input);
    const fromWorld = worldPath(input);
    expect(fromRead.nodes.size).toBeGreaterThan(1);
    const shape = ({ subject, organization, nodes, edges, broken }: TokenPath) => ({
      subject,
      organization,
      nodes,
      edges,
      broken: broken.map(({ scope, from, to, reason }) => ({ scope, from, to, code: reason.code })),
    });
    expect(shape(fromRead)).toEqual(shape(fromWorld));
    // The same words, but for where they come from: the tenant read (and when), not the sandbox's world.
    const where = 'the tenant http://127.0.0.1:1 (read at 2026-12-07T12:00:00.000Z)';
    expect(fromRead.broken.map((b) => b.reason.message)).toEqual(
      fromWorld.broken.map((b) => b.reason.message.replace('the sandbox world', where)),
    );
    expect(fromRead.summary).toBe(fromWorld.summary.replace('of the world', 'of the tenant'));
  });

  it('lights nothing for a subject the read does not have, and says a Refresh may find one made since', () => {
    const [, input] = tokens[1]!;
    const path = tenantTokenPath(read, graph, { payload: { ...input.payload, sub: 'zoe' } });
    expect([path.nodes.size, path.broken.length]).toEqual([0, 0]);
    expect(path.summary).toMatch(/not in this tenant as read.*Refresh/);
  });
});
