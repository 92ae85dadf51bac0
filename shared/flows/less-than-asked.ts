import type { DecodedToken } from '../token/decoded-token.js';
import { grantedScopes, scopeWords } from '../oauth/granted-scopes.js';
import { isIdentityScope, OFFLINE_ACCESS_SCOPE } from '../oauth/reserved-scopes.js';
import { dpopBinding } from './answered-dpop-binding.js';

/** What the user asked the server for, in the terms of the request that was sent. */
export interface AskedFor {
  grant: string;
  /** Space-separated, as sent (RFC 6749 §3.3); empty when no scope was asked. */
  scope: string;
  /** RFC 9449: the token request carried a DPoP proof. */
  dpop?: boolean;
}

/** What came back: the token response as sent (raw or masked, only presence and public fields are read). */
export interface GivenBack {
  tokenResponse: Record<string, unknown>;
  accessToken: DecodedToken;
}

const quoted = (scopes: string[]) => scopes.map((s) => `"${s}"`).join(', ');

const SOURCE_NAMES = { response: "the response's `scope`", token: "the access token's `scope` claim" } as const;

const SCOPE_WHY =
  'RFC 6749 §3.3 lets a server issue fewer scopes than asked (and then it must return `scope`). Usual causes: the ' +
  'app (client credentials) or the user has no role granting them for this API, the API resource does not define ' +
  "them, or they were asked without that API's `resource` (RFC 8707).";

function scopeWarnings(asked: AskedFor, given: GivenBack): string[] {
  // Identity scopes (openid, profile, offline_access…) shape the ID token and userinfo, never an API's token.
  const apiScopes = (scopeWords(asked.scope) ?? []).filter((s) => !isIdentityScope(s));
  if (apiScopes.length === 0) return [];
  const { accessToken, tokenResponse } = given;
  const tokenScope = accessToken.kind === 'jwt' ? accessToken.payload.scope : undefined;
  const granted = grantedScopes({ requested: apiScopes, responseScope: tokenResponse.scope, tokenScope });
  // RFC 6749 §5.1 allows assuming "as requested" here, but nothing confirms it, so the user hears so.
  if (granted.source === 'request') {
    const token =
      given.accessToken.kind === 'jwt' ? 'the access token has no `scope` claim' : 'the access token is opaque';
    return [
      `Asked for scope ${quoted(apiScopes)}; the answer has no \`scope\` and ${token}, so nothing confirms a single one ` +
        'was granted. RFC 6749 §5.1 lets a server leave `scope` out only when it granted exactly what was asked; check ' +
        `the token (tokenscope inspect) or introspect it (RFC 7662). ${SCOPE_WHY}`,
    ];
  }
  const { dropped } = granted;
  if (dropped.length === 0) return [];
  const shown = granted.scopes.filter((s) => !isIdentityScope(s));
  const got = shown.length ? `only ${quoted(shown)}` : 'no API scope at all';
  return [
    `Asked for scope ${quoted(apiScopes)}; ${SOURCE_NAMES[granted.source]} grants ${got} (dropped: ${quoted(dropped)}). ${SCOPE_WHY}`,
  ];
}

function refreshTokenWarnings(asked: AskedFor, given: GivenBack): string[] {
  if (!(scopeWords(asked.scope) ?? []).includes(OFFLINE_ACCESS_SCOPE)) return [];
  if (typeof given.tokenResponse.refresh_token === 'string' && given.tokenResponse.refresh_token !== '') return [];
  const why =
    asked.grant === 'client_credentials'
      ? 'client credentials never get one (RFC 6749 §4.4.3: the app can ask again at any time).'
      : 'OpenID Connect Core §11 lets a server ignore offline_access unless the sign-in asked for consent ' +
        '(prompt=consent; Logto drops it otherwise), and a server issues none when the app is not allowed the ' +
        'refresh_token grant.';
  return [`Asked for offline_access; no refresh token came back. Why it may happen: ${why}`];
}

function dpopWarnings(asked: AskedFor, given: GivenBack): string[] {
  // Whether the answer bound the token is dpopBinding's rule (the same one refresh follows); here only the words.
  if (!asked.dpop || dpopBinding(given.tokenResponse.token_type, given.accessToken).bound) return [];
  const tokenType = typeof given.tokenResponse.token_type === 'string' ? given.tokenResponse.token_type : 'none';
  const why =
    'The server may not support DPoP (no `dpop_signing_alg_values_supported` in its metadata) or not for ' +
    'this client; the token is then a plain bearer token that works for whoever holds it.';
  if (tokenType.toLowerCase() !== 'dpop') {
    return [
      `Asked for a DPoP-bound token (a DPoP proof was sent); the answer's token_type is "${tokenType}", not ` +
        `"DPoP" (RFC 9449 §5). ${why}`,
    ];
  }
  return [
    'Asked for a DPoP-bound token; token_type is "DPoP" but the access token has no `cnf.jkt` (RFC 9449 §6.1), ' +
      `so an API reading the token cannot check the binding. ${why}`,
  ];
}

/**
 * Everything the server gave less of than asked, each saying what was asked, what came back and why it may happen.
 * Pure: the flow engine attaches the result to every successful run; the CLI and the UI print them as they are.
 */
export function lessThanAsked(asked: AskedFor, given: GivenBack): string[] {
  return [...scopeWarnings(asked, given), ...refreshTokenWarnings(asked, given), ...dpopWarnings(asked, given)];
}
