import type { Tenant, TenantRole, TenantRoleType } from './tenant.js';

/** Pure lookups over a tenant, whichever its source: the same questions the sandbox's world queries answer. */

function rolesOfType(tenant: Tenant, ids: string[], type: TenantRoleType): TenantRole[] {
  return tenant.roles.filter((r) => r.type === type && ids.includes(r.id));
}

/** The `User` roles a user holds (Logto ignores a role of the other type on a user). */
export function rolesOfUser(tenant: Tenant, userId: string): TenantRole[] {
  const user = tenant.users.find((u) => u.id === userId);
  return user ? rolesOfType(tenant, user.roleIds, 'User') : [];
}

/** The `MachineToMachine` roles an app holds: what its client_credentials tokens may carry. */
export function rolesOfApplication(tenant: Tenant, applicationId: string): TenantRole[] {
  const app = tenant.applications.find((a) => a.id === applicationId);
  return app ? rolesOfType(tenant, app.roleIds, 'MachineToMachine') : [];
}

/** The roles of a type that grant `name` on the API resource `resource`. */
export function rolesGranting(tenant: Tenant, resource: string, name: string, type?: TenantRoleType): TenantRole[] {
  return tenant.roles.filter(
    (r) => (!type || r.type === type) && r.scopes.some((s) => s.resource === resource && s.name === name),
  );
}

/** The permission names on `resource` that a list of roles grants, each once. */
export function scopesOnResource(roles: TenantRole[], resource: string): string[] {
  return [...new Set(roles.flatMap((r) => r.scopes.filter((s) => s.resource === resource).map((s) => s.name)))];
}
