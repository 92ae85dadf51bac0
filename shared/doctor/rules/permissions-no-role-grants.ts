import type { DoctorRule } from '../doctor-finding.js';
import { isManagementApi } from '../management-api-resource.js';

/** Permissions no role grants: no token can carry them, and Logto drops them from requests without an error. */
export const permissionsNoRoleGrants: DoctorRule = {
  id: 'permission-no-role-grants',
  title: 'permissions no role grants',
  needs: ['resources', 'roles', 'role scopes', 'organization roles', 'organization permissions'],
  check(tenant) {
    const granted = new Set([
      ...tenant.roles.flatMap((r) => r.scopes.map((s) => `${s.resource} ${s.name}`)),
      ...tenant.organizationRoles.flatMap((r) => r.resourceScopes.map((s) => `${s.resource} ${s.name}`)),
    ]);
    const organizationGranted = new Set(tenant.organizationRoles.flatMap((r) => r.permissions));
    const apiFindings = tenant.resources
      // The Management API's `all` is granted on purpose or not at all; an unused `all` is the safe default.
      .filter((resource) => !isManagementApi(tenant, resource))
      .flatMap((resource) =>
        resource.permissions
          .filter((p) => !granted.has(`${resource.indicator} ${p.name}`))
          .map((p) => ({
            rule: this.id,
            severity: 'warning' as const,
            title: `No role grants ${p.name} on ${resource.name}`,
            objects: [{ kind: 'permission' as const, id: `${resource.indicator} ${p.name}`, name: p.name }],
            why:
              `A token gets ${p.name} only through a role that grants it, so no token can carry it: a request ` +
              'for it is answered without it, silently (Logto drops scopes the subject does not hold).',
            fix: `Add ${p.name} to the user, M2M or organization role that should have it (Logto Console → Roles), or delete the permission from ${resource.name}.`,
          })),
      );
    const organizationFindings = tenant.organizationPermissions
      .filter((p) => !organizationGranted.has(p.name))
      .map((p) => ({
        rule: this.id,
        severity: 'warning' as const,
        title: `No organization role grants the organization permission ${p.name}`,
        objects: [{ kind: 'organization permission' as const, id: p.name, name: p.name }],
        why: `Organization tokens carry ${p.name} only through an organization role, so none ever will.`,
        fix: `Add ${p.name} to an organization role (Logto Console → Organization template), or delete it.`,
      }));
    return [...apiFindings, ...organizationFindings];
  },
};
