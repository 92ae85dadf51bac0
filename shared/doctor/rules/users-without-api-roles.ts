import type { DoctorRule } from '../doctor-finding.js';
import { userRef } from '../object-refs.js';

/** Users whose roles (global or organization) grant no permission on any API: every API token they get is empty. */
export const usersWithoutApiRoles: DoctorRule = {
  id: 'user-without-api-role',
  title: 'users with no role for any API',
  needs: ['users', 'roles', 'role scopes', 'organization roles'],
  check(tenant) {
    const grantsApi = new Set([
      ...tenant.roles.filter((r) => r.type === 'User' && r.scopes.length > 0).map((r) => `g ${r.id}`),
      ...tenant.organizationRoles.filter((r) => r.resourceScopes.length > 0).map((r) => `o ${r.id}`),
    ]);
    return tenant.users
      .filter(
        (user) =>
          !user.roleIds.some((id) => grantsApi.has(`g ${id}`)) &&
          !user.organizations.some((m) => m.roleIds.some((id) => grantsApi.has(`o ${id}`))),
      )
      .map((user) => ({
        rule: this.id,
        severity: 'info' as const,
        title: `${userRef(user).name} has no role that grants an API permission`,
        objects: [userRef(user)],
        why: 'Their sign-ins succeed, but every access token they get for an API has an empty scope (Logto drops what they do not hold), so the API answers 403.',
        fix: `Assign ${userRef(user).name} a user role with the permissions they need (Logto Console → Users → Roles), if they should call an API.`,
      }));
  },
};
