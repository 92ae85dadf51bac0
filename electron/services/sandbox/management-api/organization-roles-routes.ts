import type { World, WorldOrganizationRole } from '../../../../shared/sandbox/world.js';
import { notExistsWithId } from './logto-errors.js';
import { organizationScopeId, resourceId, scopeId } from './logto-ids.js';
import { organizationRoleRow, organizationScopeRow, scopeRow } from './logto-shapes.js';
import { paginate } from './pagination.js';
import { ok, route, type Route } from './route-table.js';
import { readRow } from './row-reads.js';
import { worldIndex } from './world-index.js';
import { ORGANIZATION_ROLES } from './world-tables.js';

function resourceScopesOf(world: World, role: WorldOrganizationRole) {
  return Object.entries(role.resourcePermissions ?? {}).flatMap(([indicator, names]) => {
    const resource = worldIndex(world).resources.get(indicator);
    return resource
      ? names.filter((n) => resource.permissions.some((p) => p.name === n)).map((n) => ({ resource, name: n }))
      : [];
  });
}

/** `GET /organization-roles` rows: Logto inlines the role's scopes and resource scopes (resource as `{id, name}`). */
function organizationRoleListRow(world: World, role: WorldOrganizationRole) {
  return {
    ...organizationRoleRow(role),
    scopes: (role.permissions ?? []).map((name) => ({ id: organizationScopeId(name), name })),
    resourceScopes: resourceScopesOf(world, role).map(({ resource, name }) => ({
      id: scopeId(resource.indicator, name),
      name,
      resource: { id: resourceId(resource.indicator), name: resource.name },
    })),
  };
}

/**
 * Logto's organization role and organization scope routes (packages/core/src/routes/organization-role/,
 * organization-scope/). Unknown organization roles are 404 `entity.not_found`; unknown organization scopes name
 * their table.
 */
export const ORGANIZATION_ROLE_READ_ROUTES: Route[] = [
  route('GET', '/organization-roles', ({ state: { world }, url }) =>
    paginate(url, world.organizationRoles ?? [], 'always', (r) => organizationRoleListRow(world, r)),
  ),
  route(
    'GET',
    '/organization-roles/:id',
    readRow(ORGANIZATION_ROLES, (role) => ok(organizationRoleRow(role))),
  ),
  route(
    'GET',
    '/organization-roles/:id/scopes',
    readRow(ORGANIZATION_ROLES, (role, { state: { world }, url }) => {
      return paginate(
        url,
        (role.permissions ?? []).map((name) => organizationScopeRow(world, name)),
        'optional',
      );
    }),
  ),
  route(
    'GET',
    '/organization-roles/:id/resource-scopes',
    readRow(ORGANIZATION_ROLES, (role, { state: { world }, url }) => {
      return paginate(
        url,
        resourceScopesOf(world, role).map(({ resource, name }) => scopeRow(resource, name)),
        'optional',
      );
    }),
  ),
  route('GET', '/organization-scopes', ({ state: { world }, url }) =>
    paginate(
      url,
      (world.organizationPermissions ?? []).map((p) => organizationScopeRow(world, p.name)),
      'optional',
    ),
  ),
  route('GET', '/organization-scopes/:id', ({ state: { world }, params: [id] }) => {
    const permission = (world.organizationPermissions ?? []).find((p) => organizationScopeId(p.name) === id);
    return permission ? ok(organizationScopeRow(world, permission.name)) : notExistsWithId('organization_scopes', id!);
  }),
];
