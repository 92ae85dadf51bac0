import type { World } from '../../../../shared/sandbox/world.js';
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
import { worldIndex } from './world-index.js';

const findOrganization = (world: World, id: string) => worldIndex(world).organizations.get(id);

const members = (world: World, organizationId: string) => worldIndex(world).organizationUsers.get(organizationId) ?? [];

function rolesOf(world: World, roleIds: string[]) {
  return (world.organizationRoles ?? []).filter((r) => roleIds.includes(r.id));
}

/** The organization role ids `member` holds in `organizationId`; undefined when it is no member of it. */
function rolesIn(world: World, kind: 'organizationUsers' | 'organizationApplications', id: string, memberId: string) {
  const list: { member: { id: string }; roles: string[] }[] = worldIndex(world)[kind].get(id) ?? [];
  return list.find((m) => m.member.id === memberId)?.roles;
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
      const users = members(world, o.id).map((m) => m.member);
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
    return paginate(url, members(world, id!), 'always', ({ member, roles }) => ({
      ...userRow(member),
      organizationRoles: organizationRolePairs(world, roles),
    }));
  }),
  route('GET', '/organizations/:id/users/:userId/roles', ({ state: { world }, params: [id, userId] }) => {
    const roles = rolesIn(world, 'organizationUsers', id!, userId!);
    return roles ? ok(rolesOf(world, roles).map(organizationRoleRow)) : requireMembership();
  }),
  route('GET', '/organizations/:id/users/:userId/scopes', ({ state: { world }, params: [id, userId] }) => {
    const roles = rolesIn(world, 'organizationUsers', id!, userId!);
    if (!roles) return requireMembership();
    const names = new Set(rolesOf(world, roles).flatMap((r) => r.permissions ?? []));
    return ok(
      (world.organizationPermissions ?? [])
        .filter((p) => names.has(p.name))
        .map((p) => organizationScopeRow(world, p.name)),
    );
  }),
  route('GET', '/organizations/:id/applications', ({ state: { world }, params: [id], url }) => {
    const apps = worldIndex(world).organizationApplications.get(id!) ?? [];
    return paginate(url, apps, 'always', ({ member, roles }) => ({
      ...applicationRow(member),
      organizationRoles: organizationRolePairs(world, roles),
    }));
  }),
  route('GET', '/organizations/:id/applications/:applicationId/roles', ({ state: { world }, params: [id, appId] }) => {
    const roles = rolesIn(world, 'organizationApplications', id!, appId!);
    return roles ? ok(rolesOf(world, roles).map(organizationRoleRow)) : requireMembership();
  }),
];
