/**
 * A sandbox world: everything the local authorization server knows, in the shape of a Logto tenant.
 * Pure data, so the renderer can show and edit it and the main side can serve it.
 */
export interface World {
  /** Lets editors find the schema; ignored by the sandbox. */
  $schema?: string;
  /**
   * Which Logto release the sandbox answers like where answers changed between them (absent: 1.42, the newest it
   * knows). 1.36: token exchange for an app without it is 400 invalid_client "token exchange is not allowed for this
   * application", introspecting a JWT access token is 200 {"active":false}, and there is no device flow nor DPoP.
   */
  logto?: LogtoVersion;
  /** Signing key type. EC (P-384, ES384) is Logto's default; RSA (RS256) is what a tenant has after key rotation. */
  signingKey?: 'EC' | 'RSA';
  /**
   * RFC 7591 dynamic client registration, open to anyone (no initial access token), at /oidc/reg. Off by default,
   * as in Logto, which offers none: turn it on to try a client that starts from an API URL alone (MCP clients).
   */
  dynamicClientRegistration?: boolean;
  /** Indicator of the API resource used when a request sends no `resource` (Logto's "default API"). */
  defaultResource?: string;
  resources: WorldResource[];
  roles: WorldRole[];
  users: WorldUser[];
  applications: WorldApplication[];
  /** Organization-level permissions (not tied to an API resource), e.g. `invite:member`. */
  organizationPermissions?: WorldPermission[];
  /** Organization roles: one template shared by every organization, as in Logto. */
  organizationRoles?: WorldOrganizationRole[];
  organizations?: WorldOrganization[];
}

export type LogtoVersion = '1.36' | '1.42';

export interface WorldPermission {
  name: string;
  description?: string;
}

/** An API resource (RFC 8707): what a token's `aud` names. */
export interface WorldResource {
  /** Absolute URI without a fragment (RFC 8707 §2). */
  indicator: string;
  name: string;
  permissions: WorldPermission[];
  /** Access token lifetime in seconds; Logto's default is 3600. */
  accessTokenTtl?: number;
  /**
   * The sandbox's sample API for this resource takes DPoP-bound access tokens only (RFC 9449 §7.1), and says so in
   * its protected-resource metadata (`dpop_bound_access_tokens_required`, RFC 9728 §2). Absent or false: a bearer
   * token works too; a DPoP-bound one must come with a proof either way.
   */
  dpopBoundAccessTokensRequired?: boolean;
  /** The sample API asks for a nonce of its own in every DPoP proof (RFC 9449 §9: `use_dpop_nonce`, `DPoP-Nonce`). */
  dpopNonce?: boolean;
}

/** Permissions per API resource: indicator → permission names. */
export type ResourcePermissions = Record<string, string[]>;

/** A global role. User roles reach user tokens; M2M roles reach client_credentials tokens. */
export interface WorldRole {
  id: string;
  name: string;
  type: 'user' | 'm2m';
  description?: string;
  permissions: ResourcePermissions;
}

export interface WorldMembership {
  /** Organization id. */
  organization: string;
  /** Organization role ids. */
  roles: string[];
}

export interface WorldPersonalAccessToken {
  name: string;
  /** The token value, `pat_` then 32 characters as Logto makes them. A secret: never logged. */
  value: string;
  /** ISO 8601 date-time; absent: never expires. */
  expiresAt?: string;
}

export interface WorldUser {
  id: string;
  username: string;
  name?: string;
  email?: string;
  /** Global user role ids. */
  roles: string[];
  organizations?: WorldMembership[];
  personalAccessTokens?: WorldPersonalAccessToken[];
  customData?: Record<string, unknown>;
  /**
   * Optional: the sign-in page then asks for it, as Logto's does. A secret you write here; the sandbox never logs it
   * and keeps only a digest of a password set through the Management API (`passwordDigest`).
   */
  password?: string;
  /** `scrypt:<salt>:<key>` (base64url), what the Management API keeps of a password it was given. */
  passwordDigest?: string;
}

export type WorldApplicationType = 'native' | 'spa' | 'traditional' | 'm2m';

export type WorldTokenEndpointAuthMethod = 'client_secret_basic' | 'private_key_jwt';

/** A public JSON Web Key (RFC 7517), e.g. the one Tokenscope shows for a private_key_jwt client. */
export interface WorldPublicJwk {
  kty: 'EC' | 'RSA' | 'OKP';
  kid?: string;
  alg?: string;
  use?: string;
  [member: string]: unknown;
}

export interface WorldApplication {
  id: string;
  name: string;
  /** Logto's app types: native (public, PKCE, also the device flow), spa (public, PKCE), traditional, m2m. */
  type: WorldApplicationType;
  /**
   * Required for traditional and M2M apps that use client_secret_basic; never for native and SPA apps (public
   * clients), nor for private_key_jwt apps.
   */
  secret?: string;
  /**
   * How a traditional or M2M app authenticates at the token endpoint (RFC 6749 §2.3): client_secret_basic (Logto's
   * way, the default) or private_key_jwt (RFC 7523 §2.2, a JWT signed with the app's private key; needs `jwks`).
   */
  tokenEndpointAuthMethod?: WorldTokenEndpointAuthMethod;
  /** private_key_jwt apps: the public keys their client assertions are checked against (RFC 7591 §2 `jwks`). */
  jwks?: { keys: WorldPublicJwk[] };
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  /** M2M role ids (M2M apps only). */
  roles?: string[];
  /** Logto's `allowTokenExchange`: lets the app exchange personal access tokens (RFC 8693). */
  allowTokenExchange?: boolean;
  /**
   * Logto's `rotateRefreshToken` switch. false: the same refresh token comes back on every refresh. Absent or true:
   * Logto's rule (public clients get a new one each time unless DPoP-bound; confidential ones past 70% of its life).
   */
  rotateRefreshToken?: boolean;
  /** Organizations an M2M app was added to, with its organization roles. */
  organizations?: WorldMembership[];
}

export interface WorldOrganizationRole {
  id: string;
  name: string;
  /**
   * Logto's organization role types: `user` roles (the default) are held by members who are users, `m2m` roles by
   * M2M apps added to the organization.
   */
  type?: 'user' | 'm2m';
  description?: string;
  /** Organization-level permission names. */
  permissions?: string[];
  /** API resource permissions granted through this organization role. */
  resourcePermissions?: ResourcePermissions;
}

export interface WorldOrganization {
  id: string;
  name: string;
  description?: string;
}
