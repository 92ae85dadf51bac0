import { createHash } from 'node:crypto';
import type {
  World,
  WorldApplication,
  WorldOrganization,
  WorldOrganizationRole,
  WorldResource,
  WorldRole,
  WorldUser,
} from '../../../../shared/sandbox/world.js';
import { organizationScopeId, resourceId, SANDBOX_STARTED_AT, scopeId, TENANT_ID } from './logto-ids.js';
import { hasPassword } from '../pages/user-password.js';

/**
 * The sandbox's world as Logto's Management API shapes its rows (field names and order as Logto v1.36 answers
 * them). Fields the sandbox has no value for get Logto's empty value (null, {}, false).
 */

export function userRow(user: WorldUser) {
  return {
    id: user.id,
    username: user.username,
    primaryEmail: user.email ?? null,
    primaryPhone: null,
    name: user.name ?? null,
    avatar: null,
    customData: user.customData ?? {},
    identities: {},
    lastSignInAt: null,
    createdAt: SANDBOX_STARTED_AT,
    updatedAt: SANDBOX_STARTED_AT,
    profile: {},
    applicationId: null,
    isSuspended: false,
  };
}

/** `GET /users/:userId` adds whether the user has a password. */
export function userDetail(user: WorldUser) {
  return { ...userRow(user), hasPassword: hasPassword(user) };
}

export const ROLE_TYPES = ['User', 'MachineToMachine'] as const;
export type LogtoRoleType = (typeof ROLE_TYPES)[number];

export const logtoRoleType = (type: 'user' | 'm2m' | undefined): LogtoRoleType =>
  type === 'm2m' ? 'MachineToMachine' : 'User';

export function roleRow(role: WorldRole) {
  return {
    tenantId: TENANT_ID,
    id: role.id,
    name: role.name,
    description: role.description ?? '',
    type: logtoRoleType(role.type),
    isDefault: false,
  };
}

export function resourceRow(world: World, resource: WorldResource) {
  return {
    tenantId: TENANT_ID,
    id: resourceId(resource.indicator),
    name: resource.name,
    indicator: resource.indicator,
    isDefault: world.defaultResource === resource.indicator,
    accessTokenTtl: resource.accessTokenTtl ?? 3600,
  };
}

export function scopeRow(resource: WorldResource, name: string) {
  return {
    tenantId: TENANT_ID,
    id: scopeId(resource.indicator, name),
    resourceId: resourceId(resource.indicator),
    name,
    description: resource.permissions.find((p) => p.name === name)?.description ?? '',
    createdAt: SANDBOX_STARTED_AT,
  };
}

const APPLICATION_TYPES = {
  native: 'Native',
  spa: 'SPA',
  traditional: 'Traditional',
  m2m: 'MachineToMachine',
} as const;
export const LOGTO_APPLICATION_TYPES = [
  'Native',
  'SPA',
  'Traditional',
  'MachineToMachine',
  'Protected',
  'SAML',
] as const;

export const logtoApplicationType = (app: WorldApplication) => APPLICATION_TYPES[app.type];

/**
 * Since v1.36 Logto keeps usable secrets in their own table (`GET /applications/:id/secrets`); the row's `secret` is
 * an internal placeholder of 42 characters starting `#internal:`, no credential. The sandbox answers the same way,
 * so this row never carries the app's secret.
 */
function internalSecretPlaceholder(appId: string): string {
  return `#internal:${createHash('sha256').update(appId).digest('base64url').slice(0, 32)}`;
}

export function applicationRow(app: WorldApplication) {
  return {
    tenantId: TENANT_ID,
    id: app.id,
    name: app.name,
    secret: internalSecretPlaceholder(app.id),
    description: (app as { description?: string }).description ?? null,
    type: logtoApplicationType(app),
    oidcClientMetadata: {
      redirectUris: app.redirectUris ?? [],
      postLogoutRedirectUris: app.postLogoutRedirectUris ?? [],
    },
    customClientMetadata: {
      ...(app.allowTokenExchange === undefined ? {} : { allowTokenExchange: app.allowTokenExchange }),
      ...(app.rotateRefreshToken === undefined ? {} : { rotateRefreshToken: app.rotateRefreshToken }),
    },
    protectedAppMetadata: null,
    customData: {},
    isThirdParty: false,
    createdAt: SANDBOX_STARTED_AT,
  };
}

export function organizationRow(organization: WorldOrganization) {
  return {
    tenantId: TENANT_ID,
    id: organization.id,
    name: organization.name,
    description: organization.description ?? null,
    customData: {},
    isMfaRequired: false,
    color: {},
    branding: {},
    customCss: null,
    createdAt: SANDBOX_STARTED_AT,
  };
}

export function organizationRoleRow(role: WorldOrganizationRole) {
  return {
    tenantId: TENANT_ID,
    id: role.id,
    name: role.name,
    description: role.description ?? null,
    type: logtoRoleType(role.type),
  };
}

export function organizationScopeRow(world: World, name: string) {
  const permission = (world.organizationPermissions ?? []).find((p) => p.name === name);
  return {
    tenantId: TENANT_ID,
    id: organizationScopeId(name),
    name,
    description: permission?.description ?? null,
  };
}

/** `{id, name}` pairs of a member's organization roles, as Logto lists them beside a member. */
export function organizationRolePairs(world: World, roleIds: string[]) {
  return roleIds.map((id) => ({ id, name: world.organizationRoles?.find((r) => r.id === id)?.name ?? id }));
}
