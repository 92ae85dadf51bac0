import type { World, WorldApplication, WorldResource, WorldRole, WorldUser } from './world.js';

/** Pure lookups over a world: the RBAC rules the sandbox applies, readable on their own and reusable by the UI. */

export function findResource(world: World, indicator: string): WorldResource | undefined {
  return world.resources.find((r) => r.indicator === indicator);
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
