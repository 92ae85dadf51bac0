import { isoDate, relativeTime } from './relative-time.js';

/** One line per well-known claim, for the hover in the inspector's JSON view. Registered names: RFC 7519 §4.1, RFC 9068 §2.2. */
export const PAYLOAD_CLAIMS: Readonly<Record<string, string>> = {
  iss: 'Issuer: the authorization server that made the token. An API trusts exactly one (RFC 7519 §4.1.1).',
  sub: 'Subject: who the token acts for, a user id, or the app itself when it equals client_id (RFC 7519 §4.1.2).',
  aud: 'Audience: the API (resource indicator) the token is for; other APIs must refuse it (RFC 7519 §4.1.3, RFC 8707).',
  exp: 'Expiration time: after this moment the token must be refused (RFC 7519 §4.1.4).',
  nbf: 'Not before: the token must not be used before this moment (RFC 7519 §4.1.5).',
  iat: 'Issued at: when the server made the token (RFC 7519 §4.1.6).',
  jti: 'JWT ID: a unique id, which lets a server spot a replayed token (RFC 7519 §4.1.7).',
  scope: 'The permissions granted, space-separated: requested ∩ what the roles allow (RFC 9068 §2.2.3).',
  client_id: 'The application the token was issued to (RFC 9068 §2.2, RFC 8693 §4.3).',
  azp: 'Authorized party: the client the ID token was issued to (OpenID Connect Core §2).',
  auth_time: 'When the user last signed in for real (OpenID Connect Core §2).',
  nonce:
    'The value the app sent at sign-in, echoed so the app can tell this ID token answers its own request (OpenID Connect Core §2).',
  at_hash: 'Hash of the access token issued with this ID token, binding the two (OpenID Connect Core §3.1.3.6).',
  sid: 'Session id at the server, used to sign out (OpenID Connect Front-Channel Logout §3).',
  act: 'Actor: who acts on behalf of the subject after a token exchange (RFC 8693 §4.1).',
  organization_id: 'Logto: the organization whose roles gave the scopes of this API token.',
  roles: "Logto: the user's role names, in the ID token when the `roles` scope was requested.",
  name: "The user's full name (OpenID Connect Core §5.1).",
  username: "Logto: the user's username.",
  email: "The user's email address (OpenID Connect Core §5.1).",
  email_verified: 'Whether the server verified the email address (OpenID Connect Core §5.1).',
  picture: "URL of the user's avatar (OpenID Connect Core §5.1).",
  cnf: 'Confirmation: the key the token is bound to, e.g. a DPoP key thumbprint (RFC 7800, RFC 9449 §6).',
  gty: 'oidc-provider: the grant type that produced the token.',
};

/** One line per JOSE header parameter (RFC 7515 §4.1). */
export const HEADER_PARAMETERS: Readonly<Record<string, string>> = {
  alg: 'Algorithm that signed the token; an API decides which it accepts, never the token (RFC 7515 §4.1.1, RFC 8725 §3.1).',
  typ: 'Type of the JWT: at+jwt for access tokens, JWT for ID tokens (RFC 7515 §4.1.9, RFC 9068 §2.1).',
  kid: "Key id: which of the issuer's published keys signed the token (RFC 7515 §4.1.4).",
  jku: 'A URL of keys chosen by whoever made the token: never used to verify it (RFC 8725 §3.10).',
  jwk: 'A key carried by the token itself: never used to verify it (RFC 8725 §3.10).',
  x5c: "A certificate chain carried by the token: not used; keys come from the issuer's JWKS.",
  x5u: 'A URL of certificates chosen by whoever made the token: not used.',
  crit: 'Extensions the verifier must understand, or else refuse the token (RFC 7515 §4.1.11).',
  cty: 'Content type of the payload; "JWT" for a nested token (RFC 7515 §4.1.10).',
};

const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat', 'auth_time']);

/** The hover line for a claim, with times as a date and relative ("in 4 min"); undefined for unknown claims. */
export function describeClaim(
  part: 'header' | 'payload',
  name: string,
  value: unknown,
  nowSeconds: number,
): string | undefined {
  const line = (part === 'header' ? HEADER_PARAMETERS : PAYLOAD_CLAIMS)[name];
  if (part === 'payload' && TIME_CLAIMS.has(name) && typeof value === 'number' && Number.isFinite(value)) {
    return `${isoDate(value)}, ${relativeTime(value, nowSeconds)}. ${line ?? ''}`.trim();
  }
  return line;
}
