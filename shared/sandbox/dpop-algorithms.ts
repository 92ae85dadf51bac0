/**
 * The proof algorithms the sandbox's sample APIs accept: asymmetric JWS algorithms only, never `none` nor a MAC
 * (RFC 9449 §4.2, RFC 7518 §3.1). Named in their metadata (RFC 9728 §2) and their DPoP challenges (RFC 9449 §7.1).
 */
export const DPOP_ALGORITHMS = [
  'ES256',
  'ES384',
  'ES512',
  'PS256',
  'PS384',
  'PS512',
  'RS256',
  'RS384',
  'RS512',
  'EdDSA',
  'Ed25519',
] as const;
