import type { World } from '../../../shared/sandbox/world.js';
import { findUser } from '../../../shared/sandbox/world-queries.js';

/** Logto's claim scopes (its docs, "Scopes and claims"): which ID token / userinfo claims each scope releases. */
export const LOGTO_CLAIMS: Record<string, string[]> = {
  openid: ['sub'],
  profile: ['name', 'username', 'picture', 'updated_at'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
  custom_data: ['custom_data'],
  identities: ['identities'],
  roles: ['roles'],
  'urn:logto:scope:organizations': ['organizations'],
  'urn:logto:scope:organization_roles': ['organization_roles'],
};

/** Scopes Logto lists in discovery; the last two are for its Account API and release no claims. */
export const LOGTO_SCOPES = [
  'openid',
  'offline_access',
  ...Object.keys(LOGTO_CLAIMS).filter((s) => s !== 'openid'),
  'urn:logto:scope:sessions',
  'urn:logto:scope:trusted_devices',
];

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
    organization_roles: (user.organizations ?? []).flatMap((m) => m.roles.map((r) => `${m.organization}:${orgRoleName(r)}`)),
  };
}
