/**
 * Every way the sandbox still answers differently from the recorded Logto v1.36.0, beyond the random values of
 * normalize.ts. Each row is checked both ways by the suite: the recording must say `logto` and the sandbox must say
 * `sandbox`, so fixing the sandbox (or a row that no longer holds) fails a test until the row goes.
 */
import type { LogtoVersion } from '../../shared/sandbox/world.js';

export interface KnownDifference {
  /** Recorded scenario names, or a pattern over them. */
  scenarios: string[] | RegExp;
  /** Where in the compared form (normalize.ts), e.g. ['body', 'message']. */
  path: (string | number)[];
  /** What Logto answered there (undefined: absent), or a check of it where it varies by scenario. */
  logto: unknown;
  /** What the sandbox answers there (undefined: absent). */
  sandbox: unknown;
  reason: string;
}

/** A check of the recorded value, for rows whose Logto value differs per scenario. */
export class Recorded {
  constructor(
    readonly describe: string,
    readonly matches: (value: unknown) => boolean,
  ) {}
}

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    scenarios: /:authorization_response$/,
    path: ['steps'],
    logto: new Recorded(
      "the recorder's calls to Logto's sign-in experience API",
      (v) => Array.isArray(v) && JSON.stringify(v).includes('/api/experience'),
    ),
    sandbox: undefined,
    reason:
      "The sign-in itself is the sandbox's own pages (/interaction/:uid, users listed; the recorded world gives them no passwords); what is compared is what comes back on the redirect (code, state, iss).",
  },
  {
    scenarios: ['auth:no_pkce_traditional_app'],
    path: ['headers', 'location'],
    logto: { to: '<origin>/sign-in', query: { app_id: 't3f0nmi4lxgvhe9i28eyc' } },
    sandbox: { to: '<origin>/interaction/<random>', query: {} },
    reason:
      "Same answer (no error: PKCE is optional for a client_secret_basic app), but the sandbox's sign-in page lives at /interaction/:uid, not at Logto's /sign-in.",
  },
  {
    scenarios: ['org:erin:sign_in_failed'],
    path: ['loopsOnConsent'],
    logto: true,
    sandbox: false,
    reason:
      "Logto 1.36 sent erin (read:orders only through an organization role) back to its consent page forever; a defect of that release's consent, not reproduced: the sandbox's consent lets her through.",
  },
];

const NOT_ALLOWED_1_42 = {
  error: 'invalid_request',
  error_description: 'requested grant type is not allowed for this client',
  code: 'oidc.invalid_request',
  message: 'Request is invalid.',
};

/**
 * Answers that changed after Logto 1.36, by the `logto` profile the world names: with `logto: '1.42'` the sandbox
 * answers these as Logto 1.42 does (from its public source), so they differ from the 1.36 recording by design.
 */
export const PROFILE_DIFFERENCES: Record<LogtoVersion, KnownDifference[]> = {
  '1.36': [],
  '1.42': [
    {
      scenarios: ['discovery'],
      path: ['body', 'token_endpoint_auth_signing_alg_values_supported'],
      logto: ['ES256', 'EdDSA', 'HS256', 'PS256', 'RS256'],
      sandbox: ['ES256', 'ES384', 'Ed25519', 'EdDSA', 'HS256', 'PS256', 'RS256'],
      reason:
        'Under 1.42 the sandbox also takes ES384 client assertions (private_key_jwt apps with P-384 keys), and oidc-provider 9 names Ed25519 beside EdDSA.',
    },
    {
      scenarios: ['discovery'],
      path: ['body', 'dpop_signing_alg_values_supported'],
      logto: undefined,
      sandbox: ['ES256', 'Ed25519', 'EdDSA'],
      reason: 'Newer Logto (oidc-provider 9) offers DPoP (RFC 9449).',
    },
    {
      scenarios: ['userinfo:no_token'],
      path: ['headers', 'www-authenticate'],
      logto: 'Bearer realm="<issuer>"',
      sandbox: 'Bearer realm="<issuer>", DPoP realm="<issuer>", algs="ES256 Ed25519 EdDSA"',
      reason: 'With DPoP on, oidc-provider also offers the DPoP scheme in the challenge (RFC 9449 §7.1).',
    },
    {
      scenarios: ['pat:app_without_token_exchange', 'pat:m2m_app', 'pat:native_app_public_client'],
      path: ['body'],
      logto: {
        error: 'invalid_client',
        error_description: 'token exchange is not allowed for this application',
        code: 'oidc.invalid_client',
        message: 'An OIDC error occurred: oidc.invalid_client.',
      },
      sandbox: NOT_ALLOWED_1_42,
      reason:
        'Newer Logto lists token exchange only for apps with allowTokenExchange, so oidc-provider refuses the grant itself.',
    },
    {
      scenarios: ['introspection:jwt_access_token'],
      path: ['status'],
      logto: 200,
      sandbox: 400,
      reason: 'Newer Logto (oidc-provider 9) refuses to introspect a structured JWT access token.',
    },
    {
      scenarios: ['introspection:jwt_access_token'],
      path: ['body'],
      logto: { active: false },
      sandbox: {
        error: 'unsupported_token_type',
        error_description: 'Structured JWT Tokens cannot be introspected via the introspection_endpoint',
        code: 'oidc.unsupported_token_type',
        message: 'An OIDC error occurred: oidc.unsupported_token_type.',
      },
      reason: 'Newer Logto (oidc-provider 9) refuses to introspect a structured JWT access token.',
    },
    {
      scenarios: ['discovery'],
      path: ['body', 'device_authorization_endpoint'],
      logto: undefined,
      sandbox: '<issuer>/device/auth',
      reason: 'Newer Logto has the device flow (RFC 8628).',
    },
    {
      scenarios: ['discovery'],
      path: ['body', 'grant_types_supported'],
      logto: [
        'authorization_code',
        'client_credentials',
        'implicit',
        'refresh_token',
        'urn:ietf:params:oauth:grant-type:token-exchange',
      ],
      sandbox: [
        'authorization_code',
        'client_credentials',
        'implicit',
        'refresh_token',
        'urn:ietf:params:oauth:grant-type:device_code',
        'urn:ietf:params:oauth:grant-type:token-exchange',
      ],
      reason: 'Newer Logto has the device flow (RFC 8628).',
    },
    {
      scenarios: ['discovery'],
      path: ['body', 'scopes_supported'],
      logto: new Recorded(
        'the scopes without the Account API ones',
        (v) => Array.isArray(v) && !v.includes('urn:logto:scope:sessions'),
      ),
      sandbox: [
        'address',
        'custom_data',
        'email',
        'identities',
        'offline_access',
        'openid',
        'phone',
        'profile',
        'roles',
        'urn:logto:scope:organization_roles',
        'urn:logto:scope:organizations',
        'urn:logto:scope:sessions',
        'urn:logto:scope:trusted_devices',
      ],
      reason: 'Newer Logto lists the Account API scopes (sessions, trusted devices).',
    },
  ],
};
