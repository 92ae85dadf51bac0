/**
 * Whether the server honoured DPoP, read from its answer, never from what was asked: RFC 9449 §5 has a bound access
 * token answered with token_type "DPoP" (case-insensitive), and a JWT access token carries the key's thumbprint in
 * `cnf.jkt` (§6.1). A server that ignores the DPoP header answers "Bearer" and the tokens are not bound.
 */
import type { DecodedToken } from '../token/decoded-token.js';

export interface DpopBinding {
  bound: boolean;
  /** What in the answer says so. */
  why: string;
}

export function dpopBinding(tokenType: unknown, accessToken: DecodedToken | undefined): DpopBinding {
  const type = typeof tokenType === 'string' ? tokenType : 'none';
  if (type.toLowerCase() !== 'dpop') {
    return {
      bound: false,
      why: `the server answered token_type ${type}, not DPoP, so it did not bind the tokens (RFC 9449 §5)`,
    };
  }
  if (accessToken?.kind !== 'jwt') {
    return {
      bound: true,
      why: 'the server answered token_type DPoP; the access token is opaque, so its cnf cannot be read here (introspection shows it)',
    };
  }
  const cnf = accessToken.payload.cnf as { jkt?: unknown } | undefined;
  if (typeof cnf?.jkt !== 'string') {
    return {
      bound: false,
      why: 'the server answered token_type DPoP but the access token has no cnf.jkt, so no key is bound in it (RFC 9449 §6.1)',
    };
  }
  return { bound: true, why: `the server answered token_type DPoP and the access token carries cnf.jkt ${cnf.jkt}` };
}
