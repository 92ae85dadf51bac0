import type {
  LogtoApplication,
  LogtoMember,
  LogtoOrganization,
  LogtoOrganizationRole,
  LogtoResource,
  LogtoRole,
  LogtoScope,
  LogtoUser,
} from './logto-answers.js';
import type {
  Tenant,
  TenantApplication,
  TenantGap,
  TenantMembership,
  TenantPermission,
  TenantScope,
  TenantSource,
} from './tenant.js';

/** What a reader got from a tenant's Management API, collection by collection, keyed by Logto's ids. */
export interface ManagementApiRead {
  resources: LogtoResource[];
  /** A resource's permissions, when the resource list did not carry them (`includeScopes`). */
  resourceScopes: Map<string, TenantPermission[]>;
  roles: LogtoRole[];
  roleScopes: Map<string, LogtoScope[]>;
  /** Role id → ids of the users holding it (`/roles/:id/users`). */
  roleUsers: Map<string, string[]>;
  /** Role id → ids of the apps holding it (`/roles/:id/applications`). */
  roleApplications: Map<string, string[]>;
  users: LogtoUser[];
  applications: LogtoApplication[];
  organizations: LogtoOrganization[];
  organizationUsers: Map<string, LogtoMember[]>;
  organizationApplications: Map<string, LogtoMember[]>;
  organizationRoles: LogtoOrganizationRole[];
  organizationScopes: TenantPermission[];
}

export function emptyRead(): ManagementApiRead {
  return {
    resources: [],
    resourceScopes: new Map(),
    roles: [],
    roleScopes: new Map(),
    roleUsers: new Map(),
    roleApplications: new Map(),
    users: [],
    applications: [],
    organizations: [],
    organizationUsers: new Map(),
    organizationApplications: new Map(),
    organizationRoles: [],
    organizationScopes: [],
  };
}

/** Logto's rule by app type: Native and SPA apps are public clients; the others authenticate with their secret. */
function authMethodOfType(type: TenantApplication['type']): TenantApplication['authMethod'] {
  return type === 'Native' || type === 'SPA' ? 'none' : 'client_secret_basic';
}

function invert(byRole: Map<string, string[]>): Map<string, string[]> {
  const bySubject = new Map<string, string[]>();
  for (const [roleId, subjects] of byRole) {
    for (const id of subjects) bySubject.set(id, [...(bySubject.get(id) ?? []), roleId]);
  }
  return bySubject;
}

function membershipsOf(byOrganization: Map<string, LogtoMember[]>): Map<string, TenantMembership[]> {
  const bySubject = new Map<string, TenantMembership[]>();
  for (const [organizationId, members] of byOrganization) {
    for (const m of members) {
      bySubject.set(m.id, [...(bySubject.get(m.id) ?? []), { organizationId, roleIds: m.organizationRoleIds }]);
    }
  }
  return bySubject;
}

/**
 * The tenant model from what was read. Role assignments come from each role's members and organization memberships
 * from each organization's members (a request per role and per organization, not per user). A scope naming an API
 * resource that is not in the resource list cannot be placed: it is left out and said as a gap.
 */
export function assembleTenant(
  read: ManagementApiRead,
  context: { source: TenantSource; readAt: string; gaps: TenantGap[] },
): Tenant {
  const gaps = [...context.gaps];
  const indicatorOf = new Map(read.resources.map((r) => [r.id, r.indicator]));
  const place = (scopes: LogtoScope[], collection: TenantGap['collection'], of: string): TenantScope[] => {
    const placed = scopes.flatMap((s) => {
      const resource = s.resourceIndicator ?? (s.resourceId ? indicatorOf.get(s.resourceId) : undefined);
      return resource ? [{ resource, name: s.name }] : [];
    });
    if (placed.length < scopes.length) {
      gaps.push({
        collection,
        of,
        reason: `${scopes.length - placed.length} of its permissions name an API resource that is not in the list of API resources read.`,
        fix: 'Refresh the tenant; if it stays, the resource list was cut short (see the other gaps).',
      });
    }
    return placed;
  };
  const userRoles = invert(read.roleUsers);
  const appRoles = invert(read.roleApplications);
  const userMemberships = membershipsOf(read.organizationUsers);
  const appMemberships = membershipsOf(read.organizationApplications);
  const defaultResource = read.resources.find((r) => r.isDefault)?.indicator;
  // Placed before completeness is decided: placing a scope may add a gap.
  const roles = read.roles.map((r) => ({ ...r, scopes: place(read.roleScopes.get(r.id) ?? [], 'role scopes', r.id) }));
  const organizationRoles = read.organizationRoles.map((r) => ({
    id: r.id,
    name: r.name,
    ...(r.type ? { type: r.type } : {}),
    ...(r.description !== undefined ? { description: r.description } : {}),
    permissions: r.scopes,
    resourceScopes: place(r.resourceScopes, 'organization roles', r.id),
  }));
  return {
    source: context.source,
    readAt: context.readAt,
    completeness: gaps.length === 0 ? { complete: true } : { complete: false, gaps },
    ...(defaultResource ? { defaultResource } : {}),
    resources: read.resources.map((r) => ({
      indicator: r.indicator,
      name: r.name,
      isDefault: r.isDefault,
      ...(r.accessTokenTtl !== undefined ? { accessTokenTtl: r.accessTokenTtl } : {}),
      permissions: r.scopes ?? read.resourceScopes.get(r.id) ?? [],
    })),
    roles,
    applications: read.applications.map(({ secret: _secret, ...app }) => ({
      ...app,
      authMethod: authMethodOfType(app.type),
      authMethodFrom: 'from-type' as const,
      roleIds: appRoles.get(app.id) ?? [],
      organizations: appMemberships.get(app.id) ?? [],
    })),
    users: read.users.map((u) => ({
      ...u,
      roleIds: userRoles.get(u.id) ?? [],
      organizations: userMemberships.get(u.id) ?? [],
    })),
    organizations: read.organizations,
    organizationRoles,
    organizationPermissions: read.organizationScopes,
  };
}
