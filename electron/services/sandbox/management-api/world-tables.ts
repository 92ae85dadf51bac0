import type { World, WorldResource } from '../../../../shared/sandbox/world.js';
import { entityNotFound, notExistsWithId } from './logto-errors.js';
import { resourceId } from './logto-ids.js';
import type { RouteAnswer } from './route-table.js';
import { worldIndex } from './world-index.js';

/** Where one kind of Management API row lives in the world, and Logto's 404 when a path names none. */
export interface WorldTable<Row> {
  find(world: World, id: string): Row | undefined;
  /** The world with `row` in place of the row of the same id. */
  replace(world: World, row: Row): World;
  notFound(id: string): RouteAnswer;
}

type RowList = 'users' | 'roles' | 'applications' | 'organizations' | 'organizationRoles';
type RowOf<List extends RowList> = NonNullable<World[List]>[number];

function worldTable<List extends RowList>(list: List, notFound: (id: string) => RouteAnswer): WorldTable<RowOf<List>> {
  const rows = (world: World) => (world[list] ?? []) as RowOf<List>[];
  return {
    // By the world's index (built once per world): a scan per request made large tenants' reads quadratic.
    find: (world, id) => worldIndex(world)[list].get(id) as RowOf<List> | undefined,
    replace: (world, row) => ({ ...world, [list]: rows(world).map((r) => (r.id === row.id ? row : r)) }),
    notFound,
  };
}

// Logto words its 404 two ways, by route (logto-errors.ts): naming the table, or `entity.not_found`.
export const USERS = worldTable('users', () => entityNotFound());
export const ROLES = worldTable('roles', (id) => notExistsWithId('roles', id));
export const APPLICATIONS = worldTable('applications', (id) => notExistsWithId('applications', id));
export const ORGANIZATIONS = worldTable('organizations', (id) => notExistsWithId('organizations', id));
export const ORGANIZATION_ROLES = worldTable('organizationRoles', () => entityNotFound());

/** API resources: the world keys them by indicator, Logto's paths by the id made from it (logto-ids.ts). */
export const RESOURCES: WorldTable<WorldResource> = {
  find: (world, id) => world.resources.find((r) => resourceId(r.indicator) === id),
  replace: (world, resource) => ({
    ...world,
    resources: world.resources.map((r) => (r.indicator === resource.indicator ? resource : r)),
  }),
  notFound: (id) => notExistsWithId('resources', id),
};
