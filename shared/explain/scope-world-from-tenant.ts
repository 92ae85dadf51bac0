import type { Tenant } from '../tenant/tenant.js';
import type { ScopeWorld } from '../inspect/scope-diff.js';
import { scopeRolesFromTenant } from './scope-roles-from-tenant.js';
import { tokenSubject } from './token-subject.js';

/**
 * What the scope table needs from a tenant to explain one token exactly: the API resources and their permissions,
 * the organization permissions, and the roles behind the token's subject. One function for the sandbox's world
 * (through `tenantFromWorld`) and a tenant read over its Management API, so both are worded the same.
 */
export function scopeWorldFromTenant(
  tenant: Tenant,
  payload: Record<string, unknown>,
  consented?: readonly string[],
): ScopeWorld {
  const subject = tokenSubject(payload);
  const roles = subject ? scopeRolesFromTenant(tenant, subject) : undefined;
  return {
    exact: roles?.exact ?? false,
    resources: tenant.resources.map((resource) => ({
      indicator: resource.indicator,
      scopes: resource.permissions.map((p) => p.name),
    })),
    organizationScopes: tenant.organizationPermissions.map((p) => p.name),
    ...(roles ? { roles } : {}),
    ...(consented ? { consented } : {}),
  };
}
