import type { DoctorRule } from '../doctor-finding.js';
import { appRef, roleRef } from '../object-refs.js';
import { isManagementApi } from '../management-api-resource.js';

/** M2M apps holding the Management API's `all`: their secret administers the whole tenant. */
export const managementApiAll: DoctorRule = {
  id: 'm2m-management-api-all',
  title: "M2M apps holding the Management API's all",
  needs: ['resources', 'roles', 'role scopes', 'applications'],
  check(tenant) {
    const granting = tenant.roles.filter(
      (role) =>
        role.type === 'MachineToMachine' &&
        role.scopes.some((s) => s.name === 'all' && isManagementApi(tenant, { indicator: s.resource })),
    );
    return tenant.applications
      .map((app) => ({ app, roles: granting.filter((role) => app.roleIds.includes(role.id)) }))
      .filter(({ roles }) => roles.length > 0)
      .map(({ app, roles }) => ({
        rule: this.id,
        severity: 'warning' as const,
        title: `${app.name} holds the Management API's all (through ${roles.map((r) => r.name).join(', ')})`,
        objects: [appRef(app), ...roles.map(roleRef)],
        why: "`all` is the Management API's only scope: a token with it can read and change every user, role and app of the tenant. Anyone with this app's secret can get one.",
        fix: `Keep it only for apps that administer the tenant; keep the secret in a vault and rotate it. Otherwise remove the role from ${app.name} (Logto Console → Applications → ${app.name} → Roles).`,
      }));
  },
};
