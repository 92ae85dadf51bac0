/**
 * The one list of where secrets sit, by name: parameters (form, query, fragment, JSON keys) and headers. The flow
 * timeline, replay history, exports and copy-as-curl all mask with it. What a value *is* (a JWT, a token of the
 * session, an opaque credential) is decided apart, in `secret-values.ts`.
 */

/**
 * Parameters that let whoever holds them get or use tokens, wherever they appear: RFC 6749 §4.1.3, §5.1, §6 (code,
 * tokens, client_secret), RFC 7636 §4.5 (code_verifier), RFC 7521/7523 (assertion, client_assertion), RFC 8628 §3.2
 * (device_code), RFC 8693 §2.1 (subject_token, actor_token), RFC 7009 §2.1 and RFC 7662 §2.1 (token), OIDC Core
 * (id_token, id_token_hint), OIDC Back-Channel Logout (logout_token), RFC 6749 §4.3 (password).
 */
export const SECRET_PARAMETERS: ReadonlySet<string> = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'client_assertion',
  'assertion',
  'code_verifier',
  'subject_token',
  'actor_token',
  'device_code',
  'token',
  'password',
  'id_token_hint',
  'logout_token',
]);

/**
 * Secret in a form or a URL only (RFC 6749 §4.1.2, §4.1.3: the authorization code). In JSON, `code` is what Logto
 * and most APIs call their error code (`auth.forbidden`), which must stay readable.
 */
export const FORM_ONLY_SECRET_PARAMETERS: ReadonlySet<string> = new Set(['code']);

/**
 * OAuth parameters meant to be read (RFC 6749 §4.1.1, RFC 7636 §4.3, RFC 8707 §2, OIDC Core §3.1.2.1): never masked
 * for merely looking random. A `state` or `code_challenge` is 43 random characters and is no credential.
 */
export const PUBLIC_PARAMETERS: ReadonlySet<string> = new Set([
  'client_id',
  'redirect_uri',
  'response_type',
  'response_mode',
  'scope',
  'resource',
  'audience',
  'grant_type',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'request_uri',
  'session_state',
  'iss',
  'user_code',
  'prompt',
  'login_hint',
]);

/** Headers whose whole value is a credential (RFC 9110 §11.6.2, RFC 6265, RFC 9449 §4.1, common API-key headers). */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'dpop',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-access-token',
  'x-amz-security-token',
]);

/**
 * Headers meant to be read, never masked for merely looking random: a DPoP nonce (RFC 9449 §8), an entity tag
 * (RFC 9110 §8.8.3), request and trace ids (W3C Trace Context).
 */
export const PUBLIC_HEADERS: ReadonlySet<string> = new Set([
  'dpop-nonce',
  'etag',
  'traceparent',
  'tracestate',
  'x-request-id',
  'request-id',
  'x-correlation-id',
]);

/** "<scheme> <credentials>" (RFC 9110 §11.4): the scheme stays, so the user sees how the call authenticated. */
export const SCHEME_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization']);

/** Headers that hold a URL, whose query may carry the authorization code (RFC 6749 §4.1.2). */
export const URL_HEADERS: ReadonlySet<string> = new Set(['location', 'content-location']);

/** A JWK's private members (RFC 7518 §6.2.2, §6.3.2, §6.4.1; RFC 8037 §2): secret inside an object with `kty`. */
export const JWK_PRIVATE_MEMBERS: ReadonlySet<string> = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']);

/**
 * A name that suggests its value is a credential (`X-Custom-Auth`, `apiKey`, `session_id`, `sig`): an opaque value
 * there is masked from 16 characters on instead of 32. The value must still look like one (see `secret-values.ts`),
 * so `token_type: Bearer` or `token_endpoint: https://…` stay as they are.
 */
export const CREDENTIAL_WORDS: readonly string[] = [
  'token',
  'secret',
  'passw',
  'pwd',
  'key',
  'auth(?!or)',
  'credential',
  'session',
  'signature',
  'assertion',
  'cookie',
];
const CREDENTIAL_NAME = new RegExp(`${CREDENTIAL_WORDS.join('|')}|^sig$`, 'i');

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
}

export function isSecretParameter(name: string, where: 'form' | 'json'): boolean {
  return SECRET_PARAMETERS.has(name) || (where === 'form' && FORM_ONLY_SECRET_PARAMETERS.has(name));
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.trim().toLowerCase());
}
