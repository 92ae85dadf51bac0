import { findingPerObject } from '../finding-per-object.js';
import { organizationRoleRef } from '../object-refs.js';

/** Organization roles granting nothing: members holding only them get organization tokens with an empty scope. */
export const organizationRolesWithoutPermissions = findingPerObject({
  id: 'organization-role-without-permissions',
  title: 'organization roles with no permissions',
  needs: ['organization roles'],
  flagged: (tenant) =>
    tenant.organizationRoles.filter((role) => role.permissions.length === 0 && role.resourceScopes.length === 0),
  finding: (role) => ({
    severity: 'warning',
    title: `Organization role ${role.name} grants no permission`,
    objects: [organizationRoleRef(role)],
    why: 'An organization token draws its scopes from organization roles only, so a member holding just this role gets an empty scope in every organization.',
    fix: `Add organization permissions or API permissions to ${role.name} (Logto Console → Organization template → ${role.name}), or delete it.`,
  }),
});
