import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { World } from '../../shared/sandbox/world.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import {
  rolesGranting,
  rolesOfApplication,
  rolesOfUser,
  scopesOnResource,
} from '../../shared/tenant/tenant-queries.js';
import { isComplete, type Tenant } from '../../shared/tenant/tenant.js';

const API = 'https://api.example';
const MANAGEMENT = 'https://default.logto.app/api';
const READ_AT = '2026-12-07T10:00:00.000Z';

const world: World = {
  defaultResource: API,
  resources: [
    { indicator: API, name: 'API', accessTokenTtl: 600, permissions: [{ name: 'read', description: 'Read' }] },
  ],
  roles: [
    { id: 'viewer', name: 'Viewer', type: 'user', permissions: { [API]: ['read'] } },
    {
      id: 'robot',
      name: 'Robot',
      type: 'm2m',
      description: 'A job',
      permissions: { [API]: ['read'], [MANAGEMENT]: ['all'] },
    },
  ],
  users: [
    {
      id: 'alice',
      username: 'alice',
      name: 'Alice',
      email: 'a@x.test',
      roles: ['viewer'],
      organizations: [{ organization: 'acme', roles: ['member'] }],
    },
    { id: 'bob', username: 'bob', roles: [], personalAccessTokens: [{ name: 'laptop', value: 'pat_secret' }] },
  ],
  applications: [
    { id: 'native', name: 'Native', type: 'native' },
    { id: 'spa', name: 'SPA', type: 'spa' },
    {
      id: 'web',
      name: 'Web',
      type: 'traditional',
      secret: 'web-secret',
      allowTokenExchange: true,
      rotateRefreshToken: false,
    },
    {
      id: 'job',
      name: 'Job',
      type: 'm2m',
      secret: 'job-secret',
      roles: ['robot'],
      organizations: [{ organization: 'acme', roles: ['sync'] }],
    },
    {
      id: 'keyed',
      name: 'Keyed',
      type: 'm2m',
      tokenEndpointAuthMethod: 'private_key_jwt',
      jwks: { keys: [{ kty: 'EC' }] },
    },
  ],
  organizationPermissions: [{ name: 'invite:member' }],
  organizationRoles: [
    { id: 'member', name: 'member', permissions: ['invite:member'], resourcePermissions: { [API]: ['read'] } },
    { id: 'sync', name: 'sync', type: 'm2m' },
  ],
  organizations: [{ id: 'acme', name: 'Acme', description: 'The first' }],
};

const tenant = tenantFromWorld(world, READ_AT);
const app = (id: string) => tenant.applications.find((a) => a.id === id)!;

describe('tenantFromWorld', () => {
  it('says where it came from, when, and that it is complete', () => {
    expect(tenant.source).toEqual({ kind: 'sandbox-world' });
    expect(tenant.readAt).toBe(READ_AT);
    expect(isComplete(tenant)).toBe(true);
  });

  it('lists the API resources with the built-in Management API, the default marked', () => {
    expect(tenant.defaultResource).toBe(API);
    expect(
      tenant.resources.map((r) => [r.indicator, r.isDefault, r.accessTokenTtl, r.permissions.map((p) => p.name)]),
    ).toEqual([
      [API, true, 600, ['read']],
      [MANAGEMENT, false, 3600, ['all']],
    ]);
  });

  it.each([
    ['viewer', 'User', [{ resource: API, name: 'read' }]],
    [
      'robot',
      'MachineToMachine',
      [
        { resource: API, name: 'read' },
        { resource: MANAGEMENT, name: 'all' },
      ],
    ],
  ])('role %s is %s with its scopes per resource', (id, type, scopes) => {
    expect(tenant.roles.find((r) => r.id === id)).toMatchObject({ type, scopes });
  });

  it.each([
    ['native', 'Native', 'none', 'from-type', false, []],
    ['spa', 'SPA', 'none', 'from-type', false, []],
    ['web', 'Traditional', 'client_secret_basic', 'from-type', true, []],
    ['job', 'MachineToMachine', 'client_secret_basic', 'from-type', false, ['robot']],
    ['keyed', 'MachineToMachine', 'private_key_jwt', 'declared', false, []],
  ])(
    'app %s: type %s, auth %s (%s), token exchange %s, roles %j',
    (id, type, authMethod, authMethodFrom, exchange, roleIds) => {
      expect(app(id)).toMatchObject({ type, authMethod, authMethodFrom, allowTokenExchange: exchange, roleIds });
    },
  );

  it('keeps the refresh switch and organization memberships of apps', () => {
    expect(app('web').rotateRefreshToken).toBe(false);
    expect(app('native').rotateRefreshToken).toBeUndefined();
    expect(app('job').organizations).toEqual([{ organizationId: 'acme', roleIds: ['sync'] }]);
  });

  it.each([
    ['alice', ['viewer'], [{ organizationId: 'acme', roleIds: ['member'] }]],
    ['bob', [], []],
  ])('user %s has roles %j and memberships %j', (id, roleIds, organizations) => {
    expect(tenant.users.find((u) => u.id === id)).toMatchObject({ roleIds, organizations });
  });

  it('keeps organizations, organization roles and their permissions', () => {
    expect(tenant.organizations).toEqual([{ id: 'acme', name: 'Acme', description: 'The first' }]);
    expect(tenant.organizationRoles).toEqual([
      {
        id: 'member',
        name: 'member',
        type: 'User',
        permissions: ['invite:member'],
        resourceScopes: [{ resource: API, name: 'read' }],
      },
      { id: 'sync', name: 'sync', type: 'MachineToMachine', permissions: [], resourceScopes: [] },
    ]);
    expect(tenant.organizationPermissions).toEqual([{ name: 'invite:member' }]);
  });

  it('never carries a secret, a key or a PAT value', () => {
    const text = JSON.stringify(tenant);
    for (const secret of ['web-secret', 'job-secret', 'pat_secret', 'laptop', 'jwks'])
      expect(text).not.toContain(secret);
  });

  it('answers the RBAC questions as the world does', () => {
    expect(rolesOfUser(tenant, 'alice').map((r) => r.id)).toEqual(['viewer']);
    expect(rolesOfApplication(tenant, 'job').map((r) => r.id)).toEqual(['robot']);
    expect(rolesOfApplication(tenant, 'web')).toEqual([]);
    expect(rolesGranting(tenant, API, 'read', 'User').map((r) => r.id)).toEqual(['viewer']);
    expect(scopesOnResource(rolesOfApplication(tenant, 'job'), MANAGEMENT)).toEqual(['all']);
  });

  it('reads the default world whole, with every collection', () => {
    const fromDefault: Tenant = tenantFromWorld(parseWorld(DEFAULT_WORLD_YAML), READ_AT);
    expect(fromDefault.users.map((u) => u.id)).toEqual(['vera', 'eddie', 'ada', 'noah']);
    expect(rolesOfApplication(fromDefault, 'tokenscope-admin-script').map((r) => r.name)).toEqual([
      'Management API access',
    ]);
    expect(fromDefault.organizationRoles.map((r) => r.id)).toEqual(['admin', 'member']);
  });
});
