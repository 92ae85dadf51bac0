/**
 * One Logto tenant as Tokenscope knows it, whichever way it was read: from the sandbox's world, or from a real
 * tenant's Management API. Pure data that never holds a secret (no app secret, no PAT value), so it may cross to the
 * renderer and be cached as is. Names follow Logto's (`User` / `MachineToMachine` roles, `Native` / `SPA` apps).
 */
export interface Tenant {
  source: TenantSource;
  /** ISO 8601 date-time at which the read finished (given by the caller: shared/ has no clock). */
  readAt: string;
  /** A partial read says so here, with what is missing: nothing may look complete that was not read whole. */
  completeness: TenantCompleteness;
  /** Indicator of the tenant's default API (Logto's `isDefault`), used when a request sends no `resource`. */
  defaultResource?: string;
  resources: TenantResource[];
  roles: TenantRole[];
  applications: TenantApplication[];
  users: TenantUser[];
  organizations: TenantOrganization[];
  organizationRoles: TenantOrganizationRole[];
  /** Organization-level permissions (Logto's "organization scopes"), not tied to an API resource. */
  organizationPermissions: TenantPermission[];
}

export type TenantSource =
  /** Built from the sandbox's world in memory (`tenantFromWorld`). */
  | { kind: 'sandbox-world' }
  /** Read over HTTP from a tenant's Management API (the sandbox's own, or a real Logto tenant's). */
  | { kind: 'tenant-url'; endpoint: string; managementApi: string };

export type TenantCompleteness = { complete: true } | { complete: false; gaps: TenantGap[] };

/** Which part of the model a gap leaves out. */
export type TenantCollection =
  | 'resources'
  | 'roles'
  | 'role scopes'
  | 'role members'
  | 'users'
  | 'applications'
  | 'organizations'
  | 'organization members'
  | 'organization roles'
  | 'organization permissions';

/** A part of the tenant that was not read whole, why, and what to do about it. */
export interface TenantGap {
  collection: TenantCollection;
  /** The object whose part is missing (a role's id for its scopes, an organization's id for its members). */
  of?: string;
  /** How many items were read, and how many the tenant said there are (`Total-Number`), when known. */
  read?: number;
  total?: number;
  reason: string;
  fix: string;
}

export interface TenantPermission {
  name: string;
  description?: string;
}

/** An API resource (RFC 8707) and the permissions (scopes) it defines. */
export interface TenantResource {
  /** Absolute URI, what a token's `aud` names (RFC 8707 §2). */
  indicator: string;
  name: string;
  /** Logto's `isDefault`: the API a request without `resource` gets. */
  isDefault: boolean;
  /** Access-token lifetime in seconds. Logto sets it per API resource, not per app (default 3600). */
  accessTokenTtl?: number;
  permissions: TenantPermission[];
}

/** One permission of one API resource, as roles grant it. */
export interface TenantScope {
  /** The API resource's indicator. */
  resource: string;
  name: string;
}

export type TenantRoleType = 'User' | 'MachineToMachine';

/** A global role: `User` roles reach user tokens, `MachineToMachine` roles reach client_credentials tokens. */
export interface TenantRole {
  id: string;
  name: string;
  type: TenantRoleType;
  description?: string;
  scopes: TenantScope[];
}

/** Logto's application types; `Other` keeps a type this version of Tokenscope does not know (see `typeName`). */
export type TenantApplicationType =
  'Native' | 'SPA' | 'Traditional' | 'MachineToMachine' | 'Protected' | 'SAML' | 'Other';

export type TenantAuthMethod = 'none' | 'client_secret_basic' | 'private_key_jwt';

export interface TenantMembership {
  organizationId: string;
  /** Organization role ids held in that organization. */
  roleIds: string[];
}

export interface TenantApplication {
  id: string;
  name: string;
  type: TenantApplicationType;
  /** The type as the tenant wrote it, when `type` is `Other`. */
  typeName?: string;
  /**
   * How the app authenticates at the token endpoint (RFC 6749 §2.3). `declared`: the source says so (a sandbox
   * world); `from-type`: Logto's rule by app type (Native and SPA are public, `none`; the others use a secret).
   */
  authMethod: TenantAuthMethod;
  authMethodFrom: 'declared' | 'from-type';
  /** Logto's `customClientMetadata.allowTokenExchange`: may exchange personal access tokens (RFC 8693). */
  allowTokenExchange: boolean;
  /** Logto's `customClientMetadata.rotateRefreshToken`, when the source states it. */
  rotateRefreshToken?: boolean;
  /** Logto's `customClientMetadata.refreshTokenTtlInDays`, when the source states it. */
  refreshTokenTtlInDays?: number;
  /** `MachineToMachine` role ids (M2M apps only). */
  roleIds: string[];
  /** Organizations the app was added to (M2M apps), with its organization roles there. */
  organizations: TenantMembership[];
}

export interface TenantUser {
  id: string;
  username?: string;
  name?: string;
  email?: string;
  /** `User` role ids. */
  roleIds: string[];
  organizations: TenantMembership[];
}

export interface TenantOrganization {
  id: string;
  name: string;
  description?: string;
}

/** An organization role: one template shared by every organization, as in Logto. */
export interface TenantOrganizationRole {
  id: string;
  name: string;
  /** Logto 1.x organization roles are `User` or `MachineToMachine`; absent when the source does not say. */
  type?: TenantRoleType;
  description?: string;
  /** Organization-level permission names. */
  permissions: string[];
  /** API resource permissions granted through this organization role. */
  resourceScopes: TenantScope[];
}

export const COMPLETE: TenantCompleteness = { complete: true };

export function isComplete(tenant: Pick<Tenant, 'completeness'>): boolean {
  return tenant.completeness.complete;
}
