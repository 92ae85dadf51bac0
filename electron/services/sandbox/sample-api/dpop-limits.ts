/**
 * The sample API's DPoP limits, stated once (RFC 9449 §11.1 leaves them to the server).
 * - A proof's `iat` may be at most IAT_WINDOW_SECONDS before or after the API's clock.
 * - Accepted proofs' `jti` are remembered for twice that window (a proof still inside its window cannot come back),
 *   at most JTI_CACHE_LIMIT of them; when that many fresh proofs are held, new ones are refused until some age out,
 *   rather than forgetting one that could then be replayed.
 * - A `jti` may be at most JTI_MAX_LENGTH characters, so the cache's memory stays bounded.
 * - A nonce the API hands out (RFC 9449 §9) is good for NONCE_LIFETIME_SECONDS, and for as long again once replaced.
 */
export const DPOP_LIMITS = {
  IAT_WINDOW_SECONDS: 60,
  JTI_CACHE_LIMIT: 10_000,
  JTI_MAX_LENGTH: 256,
  NONCE_LIFETIME_SECONDS: 300,
} as const;

export { DPOP_ALGORITHMS } from '../../../../shared/sandbox/dpop-algorithms.js';
