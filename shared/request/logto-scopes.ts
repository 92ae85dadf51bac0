import { ORGANIZATION_ROLES_SCOPE, ORGANIZATIONS_SCOPE } from '../oauth/reserved-scopes.js';

/** The scopes Logto gives a meaning of its own, explained where the builder offers them. */
export const SPECIAL_SCOPES: Record<string, string> = {
  openid:
    'OpenID Connect sign-in: an ID token comes back. Without a resource, the access token is opaque (userinfo only).',
  offline_access: 'A refresh token. Logto drops this scope unless the request also says prompt=consent.',
  profile: 'Name, username and picture claims (ID token and userinfo).',
  email: 'The email address and whether it is verified.',
  phone: 'The phone number and whether it is verified.',
  address: 'The postal address claim.',
  custom_data: "The user's custom data (userinfo).",
  identities: 'The linked social identities (userinfo).',
  roles: "The user's role names as a claim.",
  [ORGANIZATIONS_SCOPE]: 'Organization membership; needed for organization tokens (refresh with organization_id).',
  [ORGANIZATION_ROLES_SCOPE]: "The user's organization roles as a claim.",
};
