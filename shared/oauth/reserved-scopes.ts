/**
 * Scopes that are not an API's permissions: OpenID Connect's and Logto's reserved ones. They shape the ID token,
 * userinfo and refresh tokens, never an API's access token.
 */

/** OpenID Connect Core §3.1.2.1: makes the request an OpenID Connect sign-in. */
export const OPENID_SCOPE = 'openid';
/** OpenID Connect Core §11: asks for a refresh token. */
export const OFFLINE_ACCESS_SCOPE = 'offline_access';
/** Logto: organization membership; needed for organization tokens (Logto docs: "Organizations", scopes). */
export const ORGANIZATIONS_SCOPE = 'urn:logto:scope:organizations';
/** Logto: the user's organization roles as a claim (Logto docs: "Organizations", scopes). */
export const ORGANIZATION_ROLES_SCOPE = 'urn:logto:scope:organization_roles';
/** Every Logto reserved scope starts with this (Logto docs: "Scopes and claims"). */
export const LOGTO_SCOPE_PREFIX = 'urn:logto:scope:';

/** OpenID Connect Core §5.4 (profile, email, phone, address) and Logto's own user-data scopes (Logto docs). */
export const IDENTITY_SCOPES: readonly string[] = [
  OPENID_SCOPE,
  OFFLINE_ACCESS_SCOPE,
  'profile',
  'email',
  'phone',
  'address',
  'custom_data',
  'identities',
  'roles',
];

const identity = new Set(IDENTITY_SCOPES);

/** True for a scope that is not an API permission (RFC 6749 §3.3: scopes compare as exact, case-sensitive strings). */
export const isIdentityScope = (scope: string): boolean => identity.has(scope) || scope.startsWith(LOGTO_SCOPE_PREFIX);
