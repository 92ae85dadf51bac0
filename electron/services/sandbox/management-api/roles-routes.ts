import type { World, WorldRole } from '../../../../shared/sandbox/world.js';
import {
  applicationRow,
  logtoApplicationType,
  logtoRoleType,
  resourceRow,
  ROLE_TYPES,
  roleRow,
  scopeRow,
  userRow,
} from './logto-shapes.js';
import { enumQuery, paginate, searchMatches } from './pagination.js';
import { ok, route, type Route } from './route-table.js';
import { readRow } from './row-reads.js';
import { ROLES } from './world-tables.js';
import { worldIndex } from './world-index.js';

const holders = (world: World, role: WorldRole) => ({
  users: worldIndex(world).roleUsers.get(role.id) ?? [],
  applications: worldIndex(world).roleApplications.get(role.id) ?? [],
});

/** `GET /roles` rows: Logto adds counts and up to three featured users and apps. */
function roleListRow(world: World, role: WorldRole) {
  const { users, applications } = holders(world, role);
  return {
    ...roleRow(role),
    usersCount: users.length,
    featuredUsers: users.slice(0, 3).map((u) => ({ id: u.id, avatar: null, name: u.name ?? null })),
    applicationsCount: applications.length,
    featuredApplications: applications
      .slice(0, 3)
      .map((a) => ({ id: a.id, name: a.name, type: logtoApplicationType(a) })),
  };
}

/** Logto's role routes (packages/core/src/routes/role.ts, role.scope.ts). Unknown roles: 404 naming `roles`. */
export const ROLE_READ_ROUTES: Route[] = [
  route('GET', '/roles', ({ state: { world }, url }) => {
    const type = enumQuery(url, 'type', ROLE_TYPES);
    if (!type.ok) return type.answer;
    const search = url.searchParams.get('search');
    const roles = world.roles.filter(
      (r) =>
        (!type.value || logtoRoleType(r.type) === type.value) &&
        (!search || searchMatches(search, [r.id, r.name, r.description])),
    );
    return paginate(url, roles, 'always', (r) => roleListRow(world, r));
  }),
  route(
    'GET',
    '/roles/:id',
    readRow(ROLES, (role) => ok(roleRow(role))),
  ),
  route(
    'GET',
    '/roles/:id/scopes',
    readRow(ROLES, (role, { state: { world }, url }) => {
      const scopes = Object.entries(role.permissions).flatMap(([indicator, names]) => {
        const resource = worldIndex(world).resources.get(indicator);
        if (!resource) return [];
        const declared = names.filter((name) => resource.permissions.some((p) => p.name === name));
        return declared.map((name) => ({ ...scopeRow(resource, name), resource: resourceRow(world, resource) }));
      });
      return paginate(url, scopes, 'optional');
    }),
  ),
  route(
    'GET',
    '/roles/:id/users',
    readRow(ROLES, (role, { state: { world }, url }) => {
      return paginate(url, holders(world, role).users, 'always', userRow);
    }),
  ),
  route(
    'GET',
    '/roles/:id/applications',
    readRow(ROLES, (role, { state: { world }, url }) => {
      return paginate(url, holders(world, role).applications, 'always', applicationRow);
    }),
  ),
];
