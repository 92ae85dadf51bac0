import type { World } from '../../../../shared/sandbox/world.js';
import { findApplication, findUser, organizationRoleIds } from '../../../../shared/sandbox/world-queries.js';
import { notExistsWithId, requireMembership } from './logto-errors.js';
import {
  applicationRow,
  organizationRolePairs,
  organizationRoleRow,
  organizationRow,
  organizationScopeRow,
  userRow,
} from './logto-shapes.js';
import { paginate, searchMatches } from './pagination.js';
import { ok, route, type Route } from './route-table.js';

const findOrganization = (world: World, id: string) => (world.organizations ?? []).find((o) => o.id === id);

function members(world: World, organizationId: string) {
  return world.users.flatMap((u) => {
    const roles = organizationRoleIds(world, { kind: 'user', id: u.id }, organizationId);
    return roles ? [{ user: u, roles }] : [];
  });
}

function rolesOf(world: World, roleIds: string[]) {
  return (world.organizationRoles ?? []).filter((r) => roleIds.includes(r.id));
}

/**
 * Logto's organization routes (packages/core/src/routes/organization/). Member lists do not check the organization
 * id (an unknown one lists nobody); a member's roles need the membership (422 `organization.require_membership`).
 */
export const ORGANIZATION_READ_ROUTES: Route[] = [
  route('GET', '/organizations', ({ state: { world }, url }) => {
    const q = url.searchParams.get('q');
    const featured = url.searchParams.get('showFeatured') === 'true';
    const organizations = (world.organizations ?? []).filter((o) => !q || searchMatches(`%${q}%`, [o.id, o.name]));
    const rows = organizations.map((o) => {
      if (!featured) return organizationRow(o);
      const users = members(world, o.id).map((m) => m.user);
      return {
        ...organizationRow(o),
        usersCount: users.length,
        featuredUsers: users.slice(0, 3).map((u) => ({ id: u.id, avatar: null, name: u.name ?? null })),
      };
    });
    return paginate(url, rows, 'always');
  }),
  route('GET', '/organizations/:id', ({ state: { world }, params: [id] }) => {
    const organization = findOrganization(world, id!);
    return organization ? ok(organizationRow(organization)) : notExistsWithId('organizations', id!);
  }),
  route('GET', '/organizations/:id/users', ({ state: { world }, params: [id], url }) => {
    const rows = members(world, id!).map(({ user, roles }) => ({
      ...userRow(user),
      organizationRoles: organizationRolePairs(world, roles),
    }));
    return paginate(url, rows, 'always');
  }),
  route('GET', '/organizations/:id/users/:userId/roles', ({ state: { world }, params: [id, userId] }) => {
    const roles = findUser(world, userId!) && organizationRoleIds(world, { kind: 'user', id: userId! }, id!);
    return roles ? ok(rolesOf(world, roles).map(organizationRoleRow)) : requireMembership();
  }),
  route('GET', '/organizations/:id/users/:userId/scopes', ({ state: { world }, params: [id, userId] }) => {
    const roles = findUser(world, userId!) && organizationRoleIds(world, { kind: 'user', id: userId! }, id!);
    if (!roles) return requireMembership();
    const names = new Set(rolesOf(world, roles).flatMap((r) => r.permissions ?? []));
    return ok(
      (world.organizationPermissions ?? [])
        .filter((p) => names.has(p.name))
        .map((p) => organizationScopeRow(world, p.name)),
    );
  }),
  route('GET', '/organizations/:id/applications', ({ state: { world }, params: [id], url }) => {
    const rows = world.applications.flatMap((a) => {
      const roles = organizationRoleIds(world, { kind: 'app', id: a.id }, id!);
      return roles ? [{ ...applicationRow(a), organizationRoles: organizationRolePairs(world, roles) }] : [];
    });
    return paginate(url, rows, 'always');
  }),
  route('GET', '/organizations/:id/applications/:applicationId/roles', ({ state: { world }, params: [id, appId] }) => {
    const roles = findApplication(world, appId!) && organizationRoleIds(world, { kind: 'app', id: appId! }, id!);
    return roles ? ok(rolesOf(world, roles).map(organizationRoleRow)) : requireMembership();
  }),
];
