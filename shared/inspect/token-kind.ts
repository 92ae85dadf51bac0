import { decodeToken } from '../token/decode.js';
import { audiences, stringClaim } from './claims.js';

export type TokenKind =
  'access_token' | 'id_token' | 'jwt' | 'opaque' | 'refresh_token' | 'pat' | 'subject_token' | 'malformed';

/** What the session knows about where a token came from; it settles what the token alone cannot tell. */
export interface TokenHint {
  /** The field of the token response it came from. */
  type?: 'access_token' | 'refresh_token' | 'id_token';
  /** Whether the request that produced it carried `resource` (RFC 8707). */
  resourceRequested?: boolean;
}

export interface DetectedKind {
  kind: TokenKind;
  /** Short name for a badge, e.g. "JWT access token". */
  label: string;
  /** One or two sentences saying what this token is for and what to do with it. */
  explanation: string;
}

const LABELS: Record<TokenKind, string> = {
  access_token: 'JWT access token',
  id_token: 'ID token',
  jwt: 'JWT',
  opaque: 'Opaque token',
  refresh_token: 'Refresh token',
  pat: 'Personal access token',
  subject_token: 'Subject token',
  malformed: 'Malformed token',
};

function kind(value: TokenKind, explanation: string): DetectedKind {
  return { kind: value, label: LABELS[value], explanation };
}

/** "at+jwt" and "application/at+jwt" name the same media type (RFC 7515 §4.1.9). */
export function normalizedTyp(header: Record<string, unknown>): string | undefined {
  return typeof header.typ === 'string' ? header.typ.toLowerCase().replace(/^application\//, '') : undefined;
}

const ID_TOKEN_ONLY_CLAIMS = ['nonce', 'at_hash', 'c_hash', 'auth_time', 'azp', 'sid'];

function detectJwt(header: Record<string, unknown>, payload: Record<string, unknown>, hint: TokenHint): DetectedKind {
  const aud = audiences(payload)?.join(', ') ?? 'no audience';
  const asAccessToken = kind(
    'access_token',
    `An access token for ${aud} (RFC 9068): the API verifies it itself with the issuer's public keys, without calling the server.`,
  );
  const asIdToken = kind(
    'id_token',
    'An ID token (OpenID Connect Core §2): it tells your app who signed in. Never send it to an API; request an access token with `resource` instead.',
  );
  if (hint.type === 'id_token') return asIdToken;
  if (hint.type === 'access_token') return asAccessToken;
  const typ = normalizedTyp(header);
  if (typ === 'at+jwt') return asAccessToken;
  const looksLikeAccessToken = 'client_id' in payload || 'scope' in payload;
  if (!looksLikeAccessToken && ID_TOKEN_ONLY_CLAIMS.some((claim) => claim in payload)) return asIdToken;
  // OpenID Connect servers type ID tokens "JWT" (Logto does); typed, with no client_id or scope, it is one.
  if (!looksLikeAccessToken && typ === 'jwt' && 'sub' in payload && 'aud' in payload) return asIdToken;
  if (looksLikeAccessToken) return asAccessToken;
  return kind(
    'jwt',
    `A signed JWT (typ ${stringClaim(header, 'typ') ?? 'absent'}) that is neither a typed access token nor an ID token; an API should not accept it.`,
  );
}

/** 128 bits in base64url is 22 characters (RFC 6749 §10.10 asks for unguessable tokens); shorter is a fragment. */
const MIN_OPAQUE_LENGTH = 22;

const OPAQUE_BY_DESIGN =
  'In Logto an access token is opaque when no `resource` was requested: it is good only for userinfo (/oidc/me). Request it with `resource` to get a JWT an API can verify.';

/**
 * What kind of token this is, with a sentence that explains it. Never throws; `malformed` carries the reason.
 * Opaque tokens look alike (oidc-provider issues 43 random characters for both opaque access tokens and refresh
 * tokens), so the hint decides between them when the session has one.
 */
export function detectTokenKind(raw: unknown, hint: TokenHint = {}): DetectedKind {
  if (typeof raw !== 'string') return kind('malformed', 'A token is a string; this value is not.');
  const token = raw.trim();
  if (token === '')
    return kind('malformed', 'The token is empty: paste the whole value, without the "Bearer " prefix.');
  if (/^Bearer\s/i.test(token))
    return kind('malformed', 'Remove the "Bearer " prefix: it belongs to the Authorization header, not to the token.');
  if (/^pat_[A-Za-z0-9_-]+$/.test(token)) {
    return kind(
      'pat',
      'A Logto personal access token: a long-lived user credential. APIs do not accept it; exchange it for an access token (RFC 8693, subject_token_type urn:logto:token-type:personal_access_token).',
    );
  }
  if (/^sub_[A-Za-z0-9_-]+$/.test(token)) {
    return kind(
      'subject_token',
      'A Logto subject token for impersonation (600 s, single use): exchange it for an access token (RFC 8693); APIs do not accept it.',
    );
  }
  const decoded = decodeToken(token);
  if (decoded.kind === 'malformed') return kind('malformed', decoded.reason);
  if (decoded.kind === 'jwt') return detectJwt(decoded.header, decoded.payload, hint);
  if (!/^[A-Za-z0-9._~+/=-]+$/.test(token)) {
    return kind(
      'malformed',
      'The token has characters no token uses (spaces, quotes or line breaks?): copy it again, whole.',
    );
  }
  if (token.startsWith('eyJ')) {
    return kind(
      'malformed',
      `Looks like a JWT but has ${token.split('.').length} parts instead of 3 (header.payload.signature): it was probably cut when copied.`,
    );
  }
  if (token.length < MIN_OPAQUE_LENGTH) {
    return kind(
      'malformed',
      `Only ${token.length} characters: too short to be a token (opaque tokens carry at least 128 random bits). Copy it again, whole.`,
    );
  }
  if (hint.type === 'refresh_token') {
    return kind(
      'refresh_token',
      'A refresh token: opaque, read only by the token endpoint, where it buys new access tokens. Never send it to an API; keep it secret.',
    );
  }
  if (hint.resourceRequested === false) {
    return kind(
      'opaque',
      'Opaque: no `resource` was requested, so the server issued a token only for userinfo. Add `resource` to the request to get a JWT for your API.',
    );
  }
  return kind(
    'opaque',
    `An opaque token: a reference only the issuer can resolve (introspection, userinfo). It may also be a refresh token. ${OPAQUE_BY_DESIGN}`,
  );
}
