import { audiences, stringClaim } from '../inspect/claims.js';

/** Claims only an ID token carries (OpenID Connect Core §2, §3.1.3.6). */
const ID_TOKEN_CLAIMS = ['nonce', 'at_hash', 'c_hash', 'auth_time', 'azp', 'sid'];

/**
 * An ID token, told from an access token by its payload alone: no `client_id` and no `scope` (RFC 9068 §2.2 puts
 * both in access tokens), and a claim only ID tokens carry. Logto's ID tokens are typed `JWT`, so the header does
 * not settle it; when the header says `at+jwt` the caller knows better and does not ask.
 */
export function isIdTokenPayload(payload: Record<string, unknown>): boolean {
  if ('client_id' in payload || 'scope' in payload) return false;
  return ID_TOKEN_CLAIMS.some((claim) => claim in payload);
}

/** An ID token's audience is the client it was issued to (OpenID Connect Core §2 `aud`, `azp`). */
export function idTokenClient(payload: Record<string, unknown>): string | undefined {
  return stringClaim(payload, 'azp') ?? audiences(payload)?.[0];
}

/** Why an API scope is never in an ID token, and where it is. */
export function idTokenScopeSentence(scope: string, client: string | undefined, resource: string): string {
  return (
    `This is an ID token: its audience is the client${client ? ` (${client})` : ''}, not an API, and it carries ` +
    `no API scopes (OpenID Connect Core §2). ${scope} is read from the access token for ${resource}: inspect that one.`
  );
}

export function idTokenSummary(client: string | undefined): string {
  return (
    `An ID token for the client${client ? ` ${client}` : ''}: it tells the app who signed in; the identity scopes ` +
    'granted shape its claims. It grants no API access: API scopes are in the access token.'
  );
}
