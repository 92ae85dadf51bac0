/**
 * Which scopes a token was granted, read the one way RFC 6749 allows. Scopes are exact, case-sensitive strings
 * and a `scope` value is a space-separated set whose order means nothing (RFC 6749 §3.3).
 */

/** A `scope` value as a list of distinct scopes, in first-seen order; undefined when the value is not a string. */
export function scopeWords(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return [...new Set(value.split(' ').filter(Boolean))];
}

/** The scopes of `requested` that `allowed` holds, in the order they were requested, each once. */
export function intersectScopes(requested: readonly string[], allowed: Iterable<string>): string[] {
  const held = new Set(allowed);
  return [...new Set(requested)].filter((scope) => held.has(scope));
}

/**
 * Where the granted scopes were read: the token response's `scope` (RFC 6749 §5.1), the access token's `scope`
 * claim (RFC 9068 §2.2.3), or, with neither, the request itself: RFC 6749 §5.1 lets a server leave `scope` out
 * only when it granted exactly what was asked, so that is an assumption nothing confirms.
 */
export type GrantedSource = 'response' | 'token' | 'request';

export interface GrantedScopes {
  /** Everything the source says was granted, each once (a server may grant more than asked, RFC 6749 §3.3). */
  scopes: string[];
  /** The requested scopes among them, in request order. */
  requestedAndGranted: string[];
  /** The requested scopes missing from them, in request order. */
  dropped: string[];
  source: GrantedSource;
}

export interface GrantedScopesInput {
  /** The scopes asked for: a `scope` string as sent, or its words. */
  requested: string | readonly string[];
  /** The token response's `scope` field as received (any type; only a string counts, `""` grants nothing). */
  responseScope?: unknown;
  /** The access token's `scope` claim when it is a JWT (any type; only a string counts). */
  tokenScope?: unknown;
}

/** The one rule for "what was granted": the answer's `scope`, else the token's, else assumed as requested. */
export function grantedScopes(input: GrantedScopesInput): GrantedScopes {
  const requested =
    typeof input.requested === 'string'
      ? (scopeWords(input.requested) ?? [])
      : [...new Set(input.requested.filter(Boolean))];
  const answered = scopeWords(input.responseScope);
  const claimed = answered ? undefined : scopeWords(input.tokenScope);
  const source: GrantedSource = answered ? 'response' : claimed ? 'token' : 'request';
  const scopes = answered ?? claimed ?? requested;
  const requestedAndGranted = intersectScopes(requested, scopes);
  const dropped = requested.filter((scope) => !requestedAndGranted.includes(scope));
  return { scopes, requestedAndGranted, dropped, source };
}
