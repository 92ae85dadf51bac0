import { compactVerify, type JSONWebKeySet, createLocalJWKSet, type JWTPayload } from 'jose';
import { DPOP_ALGORITHMS } from './dpop-limits.js';
import type { DpopCheck } from './dpop-proof-check.js';

/**
 * The check that failed, in the order an API must run them (RFC 9068 §4, RFC 6750 §3.1), then the DPoP ones
 * (RFC 9449 §7.1): `dpop-scheme` when the token's binding and the scheme it came with disagree.
 */
export type AccessTokenCheck =
  'header' | 'format' | 'signature' | 'typ' | 'iss' | 'exp' | 'aud' | 'scope' | 'dpop-scheme' | DpopCheck;

export interface AccessTokenFailure {
  check: AccessTokenCheck;
  /** RFC 6750 §3.1 or RFC 9449 §7.1 error code; absent when the request carried no token at all. */
  error?: 'invalid_request' | 'invalid_token' | 'insufficient_scope' | 'invalid_dpop_proof' | 'use_dpop_nonce';
  status: 400 | 401 | 403;
  message: string;
  /** The verified token's claims, for failures past the signature check. */
  payload?: JWTPayload;
  /** With use_dpop_nonce: the nonce the next proof must carry, sent in `DPoP-Nonce` (RFC 9449 §9). */
  nonce?: string;
}

/** How the token came: `Authorization: Bearer` (RFC 6750 §2.1) or `Authorization: DPoP` (RFC 9449 §7.1). */
export type TokenScheme = 'bearer' | 'dpop';

export type AccessTokenResult =
  | { ok: true; payload: JWTPayload & { scope?: string; cnf?: { jkt?: unknown } }; scheme: TokenScheme; token: string }
  | { ok: false; failure: AccessTokenFailure };

export interface AccessTokenExpectations {
  issuer: string;
  /** The API's identifiers: a token for any of them is for this API. */
  audience: string | string[];
  /** Permission the route needs; absent: any valid token for the audience. */
  scope?: string;
  /** Schemes the API takes the token in; default Bearer only (RFC 6750 §2.1). */
  schemes?: TokenScheme[];
  /** The issuer's public keys, as served at its jwks_uri. */
  jwks: JSONWebKeySet;
  now?: number;
}

const fail = (
  check: AccessTokenCheck,
  status: AccessTokenFailure['status'],
  message: string,
  error?: AccessTokenFailure['error'],
  payload?: JWTPayload,
): AccessTokenResult => ({
  ok: false,
  failure: { check, status, message, ...(error ? { error } : {}), ...(payload ? { payload } : {}) },
});

interface Verified {
  header: { typ?: string };
  payload: JWTPayload & { scope?: string };
}

const VERIFIED_KEPT = 256;
const keySets = new WeakMap<
  JSONWebKeySet,
  { keys: ReturnType<typeof createLocalJWKSet>; verified: Map<string, Verified> }
>();

/**
 * The token's signature checked against `jwks`. A Management API read sends one token with hundreds of requests, and
 * importing the keys then verifying the same signature again cost most of the sandbox's time (npm run bench
 * tenant-read-large): so the keys are imported once per key set, and the last tokens that verified are remembered
 * (the same bytes verify the same way against the same keys). Their claims are checked on every request all the same.
 */
async function verifySignature(token: string, jwks: JSONWebKeySet): Promise<Verified> {
  let set = keySets.get(jwks);
  if (!set) keySets.set(jwks, (set = { keys: createLocalJWKSet(jwks), verified: new Map() }));
  let known = set.verified.get(token);
  if (!known) {
    const verified = await compactVerify(token, set.keys, { algorithms: ['ES384', 'RS256'] });
    known = { header: verified.protectedHeader, payload: JSON.parse(new TextDecoder().decode(verified.payload)) };
    if (set.verified.size >= VERIFIED_KEPT) set.verified.delete(set.verified.keys().next().value!);
    set.verified.set(token, known);
  }
  return { header: { ...known.header }, payload: { ...known.payload } };
}

/**
 * Validates a bearer JWT access token the way the Logto docs tell an API to: signature against the issuer's JWKS,
 * then `typ`, `iss`, `exp`, `aud`, and the route's scope. Stops at the first failure and names it.
 */
export async function checkAccessToken(
  authorization: string | undefined,
  expected: AccessTokenExpectations,
): Promise<AccessTokenResult> {
  if (!authorization)
    return fail('header', 401, 'No access token. Send it as "Authorization: Bearer <token>" (RFC 6750 §2.1).');
  const schemes = expected.schemes ?? ['bearer'];
  const match = /^(Bearer|DPoP) +([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorization);
  const scheme: TokenScheme = match?.[1]!.toLowerCase() === 'dpop' ? 'dpop' : 'bearer';
  if (!match || !schemes.includes(scheme)) {
    const forms = ['"Bearer <token>" (RFC 6750 §2.1)', '"DPoP <token>" (RFC 9449 §7.1)'];
    return fail(
      'header',
      400,
      `The Authorization header must be ${schemes.includes('dpop') ? forms.join(' or ') : forms[0]}.`,
      'invalid_request',
    );
  }
  const token = match[2]!;
  if (token.split('.').length !== 3) {
    return fail(
      'format',
      401,
      'The token is not a JWT. Opaque tokens (issued without a resource) only work at userinfo; ask for a token with resource set to this API.',
      'invalid_token',
    );
  }
  let header: { typ?: string };
  let payload: JWTPayload & { scope?: string };
  try {
    ({ header, payload } = await verifySignature(token, expected.jwks));
  } catch {
    return fail(
      'signature',
      401,
      `The signature does not verify against the keys at ${expected.issuer}/jwks: the token was not issued by this sandbox, or was changed.`,
      'invalid_token',
    );
  }
  if (header.typ?.toLowerCase() !== 'at+jwt' && header.typ?.toLowerCase() !== 'application/at+jwt') {
    return fail(
      'typ',
      401,
      `The token's typ is "${header.typ ?? ''}", not "at+jwt": it is not an access token (an ID token?) (RFC 9068 §4).`,
      'invalid_token',
      payload,
    );
  }
  if (payload.iss !== expected.issuer) {
    return fail(
      'iss',
      401,
      `The token was issued by "${payload.iss ?? ''}", not by ${expected.issuer}.`,
      'invalid_token',
      payload,
    );
  }
  const now = expected.now ?? Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== 'number' || payload.exp <= now) {
    return fail(
      'exp',
      401,
      'The token has expired. Get a new one (refresh it, or run the flow again).',
      'invalid_token',
      payload,
    );
  }
  const audiences = [payload.aud ?? []].flat();
  const accepted = [expected.audience].flat();
  if (!audiences.some((aud) => accepted.includes(aud))) {
    return fail(
      'aud',
      401,
      `The token is for ${audiences.join(', ') || 'no audience'}, not for this API (${accepted.join(' or ')}). Ask for it with resource=${accepted[0]} (RFC 8707).`,
      'invalid_token',
      payload,
    );
  }
  const scope = checkScope(payload, expected.scope);
  return scope ? { ok: false, failure: scope } : { ok: true, payload, scheme, token };
}

/** RFC 6750 §3.1: a valid token without the route's permission is 403 insufficient_scope. */
export function checkScope(
  payload: JWTPayload & { scope?: string },
  required: string | undefined,
): AccessTokenFailure | undefined {
  if (!required || (payload.scope ?? '').split(' ').includes(required)) return undefined;
  return {
    check: 'scope',
    status: 403,
    message: `The token lacks the "${required}" permission. Its scope is "${payload.scope ?? ''}". Ask for the scope, and check that a role of the user or app grants it.`,
    error: 'insufficient_scope',
    payload,
  };
}

function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, "'")}"`;
}

/**
 * RFC 6750 §3: the challenge for a failed check; no error code when the request had no token at all. With
 * `resourceMetadata`, the URL of the API's protected-resource metadata (RFC 9728 §5.1), so a client that holds only
 * the API's URL can find its authorization server.
 */
export function wwwAuthenticate(
  realm: string,
  failure: AccessTokenFailure,
  scope?: string,
  resourceMetadata?: string,
  scheme: TokenScheme = 'bearer',
): string {
  const parts = [`realm=${quoted(realm)}`];
  if (failure.error) parts.push(`error=${quoted(failure.error)}`, `error_description=${quoted(failure.message)}`);
  if (failure.error === 'insufficient_scope' && scope) parts.push(`scope=${quoted(scope)}`);
  // RFC 9449 §7.1: a DPoP challenge names the proof algorithms the API accepts.
  if (scheme === 'dpop') parts.push(`algs=${quoted(DPOP_ALGORITHMS.join(' '))}`);
  if (resourceMetadata) parts.push(`resource_metadata=${quoted(resourceMetadata)}`);
  return `${scheme === 'dpop' ? 'DPoP' : 'Bearer'} ${parts.join(', ')}`;
}
