import { describe, expect, it } from 'vitest';
import {
  connectedTo,
  edgeId,
  edgesOf,
  permissionNodeId,
  sameShape,
  worldGraph,
  type GraphColumn,
} from '../../shared/sandbox/world-graph.js';
import type { World } from '../../shared/sandbox/world.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';

const API = 'https://api.example';
const world: World = {
  resources: [{ indicator: API, name: 'API', permissions: [{ name: 'read' }, { name: 'write' }] }],
  roles: [
    { id: 'viewer', name: 'Viewer', type: 'user', permissions: { [API]: ['read'] } },
    { id: 'robot', name: 'Robot', type: 'm2m', permissions: { [API]: ['write'] } },
  ],
  users: [
    { id: 'alice', username: 'alice', roles: ['viewer'], organizations: [{ organization: 'acme', roles: ['boss'] }] },
    { id: 'bob', username: 'bob', roles: [] },
    { id: 'carol', username: 'carol', roles: [], organizations: [{ organization: 'acme', roles: ['staff'] }] },
  ],
  applications: [{ id: 'job', name: 'Job', type: 'm2m', roles: ['robot'] }],
  organizationPermissions: [{ name: 'invite' }],
  organizationRoles: [
    { id: 'boss', name: 'Boss', permissions: ['invite'], resourcePermissions: { [API]: ['write'] } },
    { id: 'staff', name: 'Staff', permissions: [] },
  ],
  organizations: [{ id: 'acme', name: 'Acme' }],
};

describe('worldGraph', () => {
  const graph = worldGraph(world);
  const byColumn = (c: GraphColumn) => graph.nodes.filter((n) => n.column === c).map((n) => n.id);

  it.each<[GraphColumn, string[]]>([
    ['subject', ['user:alice', 'user:bob', 'user:carol', 'app:job']],
    ['organization', ['org:acme']],
    ['role', ['role:viewer', 'role:robot', 'orgrole:boss', 'orgrole:staff']],
    ['permission', ['orgperm:invite', permissionNodeId(API, 'read'), permissionNodeId(API, 'write')]],
    ['resource', [`res:${API}`]],
  ])('puts every %s node in its column once', (column, ids) => {
    expect(byColumn(column)).toEqual(ids);
  });

  it.each([
    ['user:alice', 'role:viewer', 'has-role'],
    ['app:job', 'role:robot', 'has-role'],
    ['user:alice', 'org:acme', 'member'],
    ['org:acme', 'orgrole:boss', 'uses'],
    ['org:acme', 'orgrole:staff', 'uses'],
    ['orgrole:boss', 'orgperm:invite', 'grants'],
    ['orgrole:boss', permissionNodeId(API, 'write'), 'grants'],
    ['role:viewer', permissionNodeId(API, 'read'), 'grants'],
    [permissionNodeId(API, 'read'), `res:${API}`, 'belongs-to'],
  ])('draws the edge %s → %s (%s)', (from, to, kind) => {
    expect(graph.edges.find((e) => e.id === edgeId(from, to))?.kind).toBe(kind);
  });

  it.each([
    [
      'a user through her roles, organizations and organization roles to permissions and APIs',
      'user:alice',
      [
        'user:alice',
        'role:viewer',
        'org:acme',
        'orgrole:boss',
        'orgperm:invite',
        `perm:${API} read`,
        `perm:${API} write`,
        `res:${API}`,
      ],
    ],
    [
      'a member only through the organization role she holds there',
      'user:carol',
      ['user:carol', 'org:acme', 'orgrole:staff'],
    ],
    ['a user in no role and no organization on their own', 'user:bob', ['user:bob']],
    [
      'an organization role back to who holds it and where',
      'orgrole:staff',
      ['orgrole:staff', 'org:acme', 'user:carol'],
    ],
  ])('connects %s', (_what, id, expected) => {
    expect(connectedTo(graph, id)).toEqual(new Set(expected));
  });

  it('shows who can reach a permission', () => {
    const reached = connectedTo(graph, permissionNodeId(API, 'write'));
    expect([...reached].filter((id) => /^(user|app):/.test(id)).sort()).toEqual(['app:job', 'user:alice']);
  });

  it('lists the edges of a node both ways', () => {
    expect(edgesOf(graph, 'role:viewer').map((e) => e.id)).toEqual([
      edgeId('user:alice', 'role:viewer'),
      edgeId('role:viewer', permissionNodeId(API, 'read')),
    ]);
  });

  it.each([
    ['adds the built-in Management API when a role grants it', true],
    ['leaves it out when no role does', false],
  ])('%s', (_what, granted) => {
    const m2m = { id: 'm', name: 'M', type: 'm2m' as const, permissions: { [MANAGEMENT_API.indicator]: ['all'] } };
    const g = worldGraph({ ...world, roles: granted ? [m2m] : [] });
    expect(g.nodes.some((n) => n.id === `res:${MANAGEMENT_API.indicator}`)).toBe(granted);
    expect(g.edges.some((e) => e.id === edgeId('role:m', permissionNodeId(MANAGEMENT_API.indicator, 'all')))).toBe(
      granted,
    );
  });

  it('drops an edge to a node the world lacks instead of drawing it to nowhere', () => {
    const g = worldGraph({ ...world, users: [{ id: 'z', username: 'z', roles: ['ghost'] }] });
    expect(g.edges.some((e) => e.from === 'user:z')).toBe(false);
  });
});

describe('sameShape (when a layout can be kept)', () => {
  const graph = worldGraph(world);
  it.each<[string, World, boolean]>([
    ['a renamed user', { ...world, users: world.users.map((u) => ({ ...u, name: `${u.username}!` })) }, true],
    ['a described permission', { ...world, resources: [{ ...world.resources[0]!, name: 'The API' }] }, true],
    [
      'a role given to one more user',
      {
        ...world,
        users: [...world.users.slice(0, 1), { id: 'bob', username: 'bob', roles: ['viewer'] }, world.users[2]!],
      },
      false,
    ],
    ['one user less', { ...world, users: world.users.slice(1) }, false],
  ])('%s: %s', (_what, edited, same) => {
    expect(sameShape(graph, worldGraph(edited))).toBe(same);
  });
});
