import { MANAGEMENT_API } from './management-api.js';
import type { World, WorldApplication, WorldResource, WorldRole, WorldUser } from './world.js';

/** Pure lookups over a world: the RBAC rules the sandbox applies, readable on their own and reusable by the UI. */

/** The world's API resources plus the built-in Management API. */
export function allResources(world: World): WorldResource[] {
  return world.resources.some((r) => r.indicator === MANAGEMENT_API.indicator)
    ? world.resources
    : [...world.resources, MANAGEMENT_API];
}

export function findResource(world: World, indicator: string): WorldResource | undefined {
  return allResources(world).find((r) => r.indicator === indicator);
}

export function findApplication(world: World, id: string): WorldApplication | undefined {
  return world.applications.find((a) => a.id === id);
}

export function findUser(world: World, id: string): WorldUser | undefined {
  return world.users.find((u) => u.id === id);
}

function rolesById(world: World, ids: string[] | undefined, type: WorldRole['type']): WorldRole[] {
  return (ids ?? []).flatMap((id) => world.roles.filter((r) => r.id === id && r.type === type));
}

function union(lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** Permissions on `indicator` that an M2M app holds through its M2M roles (Logto: what client_credentials may grant). */
export function applicationPermissions(world: World, appId: string, indicator: string): string[] {
  const app = findApplication(world, appId);
  return union(rolesById(world, app?.roles, 'm2m').map((r) => r.permissions[indicator] ?? []));
}

/** Permissions on `indicator` that a user holds through their user roles. */
export function userPermissions(world: World, userId: string, indicator: string): string[] {
  const user = findUser(world, userId);
  return union(rolesById(world, user?.roles, 'user').map((r) => r.permissions[indicator] ?? []));
}

export function organizationPermissionNames(world: World): string[] {
  return (world.organizationPermissions ?? []).map((p) => p.name);
}

/** The organization role ids a user or an M2M app holds in one organization; undefined when not a member. */
export function organizationRoleIds(
  world: World,
  subject: { kind: 'user' | 'app'; id: string },
  organizationId: string,
): string[] | undefined {
  const holder = subject.kind === 'user' ? findUser(world, subject.id) : findApplication(world, subject.id);
  return holder?.organizations?.find((m) => m.organization === organizationId)?.roles;
}

/**
 * What a member may get in an organization token: organization-level permissions when `indicator` is absent,
 * otherwise the API resource permissions its organization roles carry.
 */
export function organizationPermissions(world: World, roleIds: string[], indicator?: string): string[] {
  const roles = (world.organizationRoles ?? []).filter((r) => roleIds.includes(r.id));
  return union(roles.map((r) => (indicator ? (r.resourcePermissions?.[indicator] ?? []) : (r.permissions ?? []))));
}
