import type * as W from '../../../../shared/sandbox/world.js';
import { allResources } from '../../../../shared/sandbox/world-queries.js';
import { resourceId } from './logto-ids.js';

/** A user or an app in one organization, with the organization role ids it holds there. */
export interface OrganizationMember<T> {
  member: T;
  roles: string[];
}

/**
 * The lookups the Management API's read routes make, by id. Searching the world's lists per row made a read of a
 * 10,000-user tenant quadratic (each organization's member list looked every user up again by id, per page); a world
 * is never changed in place (a write builds the next one), so its index is built once, on the first read of it.
 */
export interface WorldIndex {
  users: Map<string, W.WorldUser>;
  applications: Map<string, W.WorldApplication>;
  roles: Map<string, W.WorldRole>;
  organizations: Map<string, W.WorldOrganization>;
  organizationRoles: Map<string, W.WorldOrganizationRole>;
  /** Every API resource, the built-in Management API too, by indicator and by Logto id. */
  resources: Map<string, W.WorldResource>;
  resourcesById: Map<string, W.WorldResource>;
  /** Holders of each global role, in the world's order. */
  roleUsers: Map<string, W.WorldUser[]>;
  roleApplications: Map<string, W.WorldApplication[]>;
  /** Members of each organization, in the world's order; a member's first membership of it counts, as in lookups. */
  organizationUsers: Map<string, OrganizationMember<W.WorldUser>[]>;
  organizationApplications: Map<string, OrganizationMember<W.WorldApplication>[]>;
}

const indexes = new WeakMap<W.World, WorldIndex>();

function byId<T>(items: readonly T[] | undefined, id: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  // The first one wins, as `find` would.
  for (const item of items ?? []) if (!map.has(id(item))) map.set(id(item), item);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function holders<T extends { roles?: string[] }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const role of new Set(item.roles ?? [])) push(map, role, item);
  return map;
}

function members<T extends { organizations?: { organization: string; roles: string[] }[] }>(
  items: readonly T[],
): Map<string, OrganizationMember<T>[]> {
  const map = new Map<string, OrganizationMember<T>[]>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const membership of item.organizations ?? []) {
      if (seen.has(membership.organization)) continue;
      seen.add(membership.organization);
      push(map, membership.organization, { member: item, roles: membership.roles });
    }
  }
  return map;
}

function buildIndex(world: W.World): WorldIndex {
  const resources = allResources(world);
  return {
    users: byId(world.users, (u) => u.id),
    applications: byId(world.applications, (a) => a.id),
    roles: byId(world.roles, (r) => r.id),
    organizations: byId(world.organizations, (o) => o.id),
    organizationRoles: byId(world.organizationRoles, (r) => r.id),
    resources: byId(resources, (r) => r.indicator),
    resourcesById: byId(resources, (r) => resourceId(r.indicator)),
    roleUsers: holders(world.users),
    roleApplications: holders(world.applications),
    organizationUsers: members(world.users),
    organizationApplications: members(world.applications),
  };
}

/** The index of `world`, built on its first use and kept as long as the world is. */
export function worldIndex(world: W.World): WorldIndex {
  let index = indexes.get(world);
  if (!index) {
    index = buildIndex(world);
    indexes.set(world, index);
  }
  return index;
}
