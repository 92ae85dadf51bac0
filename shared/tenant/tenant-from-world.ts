import type { World, WorldApplication, WorldMembership, WorldRole, ResourcePermissions } from '../sandbox/world.js';
import { allResources } from '../sandbox/world-queries.js';
import {
  COMPLETE,
  type Tenant,
  type TenantApplication,
  type TenantApplicationType,
  type TenantMembership,
  type TenantRole,
  type TenantScope,
} from './tenant.js';

const APPLICATION_TYPES: Record<WorldApplication['type'], TenantApplicationType> = {
  native: 'Native',
  spa: 'SPA',
  traditional: 'Traditional',
  m2m: 'MachineToMachine',
};

export function scopesOf(permissions: ResourcePermissions | undefined): TenantScope[] {
  return Object.entries(permissions ?? {}).flatMap(([resource, names]) => names.map((name) => ({ resource, name })));
}

function memberships(list: WorldMembership[] | undefined): TenantMembership[] {
  return (list ?? []).map((m) => ({ organizationId: m.organization, roleIds: [...m.roles] }));
}

function role(r: WorldRole): TenantRole {
  return {
    id: r.id,
    name: r.name,
    type: r.type === 'm2m' ? 'MachineToMachine' : 'User',
    ...(r.description !== undefined ? { description: r.description } : {}),
    scopes: scopesOf(r.permissions),
  };
}

function application(app: WorldApplication): TenantApplication {
  const isPublic = app.type === 'native' || app.type === 'spa';
  return {
    id: app.id,
    name: app.name,
    type: APPLICATION_TYPES[app.type],
    authMethod: isPublic ? 'none' : (app.tokenEndpointAuthMethod ?? 'client_secret_basic'),
    authMethodFrom: app.tokenEndpointAuthMethod && !isPublic ? 'declared' : 'from-type',
    allowTokenExchange: app.allowTokenExchange === true,
    ...(app.rotateRefreshToken !== undefined ? { rotateRefreshToken: app.rotateRefreshToken } : {}),
    roleIds: [...(app.roles ?? [])],
    organizations: memberships(app.organizations),
  };
}

/**
 * The sandbox's world as a tenant: what its Management API would show, read whole in memory (so complete), without
 * a secret or a PAT value. The built-in Management API resource is listed, as a Logto tenant lists it.
 */
export function tenantFromWorld(world: World, readAt: string): Tenant {
  return {
    source: { kind: 'sandbox-world' },
    readAt,
    completeness: COMPLETE,
    ...(world.defaultResource !== undefined ? { defaultResource: world.defaultResource } : {}),
    resources: allResources(world).map((r) => ({
      indicator: r.indicator,
      name: r.name,
      isDefault: r.indicator === world.defaultResource,
      ...(r.accessTokenTtl !== undefined ? { accessTokenTtl: r.accessTokenTtl } : {}),
      permissions: r.permissions.map((p) => ({ ...p })),
    })),
    roles: world.roles.map(role),
    applications: world.applications.map(application),
    users: world.users.map((u) => ({
      id: u.id,
      username: u.username,
      ...(u.name !== undefined ? { name: u.name } : {}),
      ...(u.email !== undefined ? { email: u.email } : {}),
      roleIds: [...u.roles],
      organizations: memberships(u.organizations),
    })),
    organizations: (world.organizations ?? []).map((o) => ({
      id: o.id,
      name: o.name,
      ...(o.description !== undefined ? { description: o.description } : {}),
    })),
    organizationRoles: (world.organizationRoles ?? []).map((r) => ({
      id: r.id,
      name: r.name,
      // A world's organization role without a type is a user role, as in Logto.
      type: r.type === 'm2m' ? ('MachineToMachine' as const) : ('User' as const),
      ...(r.description !== undefined ? { description: r.description } : {}),
      permissions: [...(r.permissions ?? [])],
      resourceScopes: scopesOf(r.resourcePermissions),
    })),
    organizationPermissions: (world.organizationPermissions ?? []).map((p) => ({ ...p })),
  };
}
