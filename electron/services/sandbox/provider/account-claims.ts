import type { LogtoVersion, World } from '../../../../shared/sandbox/world.js';
import { findUser } from '../../../../shared/sandbox/world-queries.js';
import {
  OFFLINE_ACCESS_SCOPE,
  OPENID_SCOPE,
  ORGANIZATION_ROLES_SCOPE,
  ORGANIZATIONS_SCOPE,
} from '../../../../shared/oauth/reserved-scopes.js';

/**
 * Logto's claim scopes (its docs, "Scopes and claims"; its discovery lists them all): which ID token / userinfo claims
 * each scope releases. Claims a world user has no value for are left out of the tokens, as Logto leaves them out.
 */
export const LOGTO_CLAIMS: Record<string, string[]> = {
  [OPENID_SCOPE]: ['sub'],
  profile: [
    'name',
    'family_name',
    'given_name',
    'middle_name',
    'nickname',
    'preferred_username',
    'profile',
    'picture',
    'website',
    'gender',
    'birthdate',
    'zoneinfo',
    'locale',
    'updated_at',
    'username',
    'created_at',
  ],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
  custom_data: ['custom_data'],
  identities: ['identities', 'sso_identities'],
  roles: ['roles'],
  [ORGANIZATIONS_SCOPE]: ['organizations', 'organization_data'],
  [ORGANIZATION_ROLES_SCOPE]: ['organization_roles'],
};

const ACCOUNT_API_SCOPES = ['urn:logto:scope:sessions', 'urn:logto:scope:trusted_devices'];

/** Scopes Logto lists in discovery; the last two are for its Account API and release no claims. */
export const LOGTO_SCOPES = [
  OPENID_SCOPE,
  OFFLINE_ACCESS_SCOPE,
  ...Object.keys(LOGTO_CLAIMS).filter((s) => s !== OPENID_SCOPE),
  ...ACCOUNT_API_SCOPES,
];

/** The scopes a given Logto release lists: 1.36 had no Account API scopes yet. */
export function logtoScopes(logto: LogtoVersion | undefined): string[] {
  return logto === '1.36' ? LOGTO_SCOPES.filter((s) => !ACCOUNT_API_SCOPES.includes(s)) : LOGTO_SCOPES;
}

/** Every claim a world user has; oidc-provider releases only those the granted scopes allow. */
export function accountClaims(world: World, userId: string): Record<string, unknown> | undefined {
  const user = findUser(world, userId);
  if (!user) return undefined;
  const orgRoleName = (id: string) => world.organizationRoles?.find((r) => r.id === id)?.name ?? id;
  return {
    sub: user.id,
    name: user.name ?? null,
    username: user.username,
    picture: null,
    created_at: 0,
    updated_at: 0,
    email: user.email ?? null,
    email_verified: Boolean(user.email),
    phone_number: null,
    phone_number_verified: false,
    address: null,
    custom_data: user.customData ?? {},
    identities: {},
    roles: user.roles.map((id) => world.roles.find((r) => r.id === id)?.name ?? id),
    organizations: (user.organizations ?? []).map((m) => m.organization),
    organization_roles: (user.organizations ?? []).flatMap((m) =>
      m.roles.map((r) => `${m.organization}:${orgRoleName(r)}`),
    ),
  };
}
