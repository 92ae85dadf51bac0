/**
 * Asymmetric JWS algorithms (RFC 7518 §3, RFC 8037): the only ones a public JWKS can verify.
 * The list is the allow-list given to jose, so `none` and `HS*` can never reach a key (RFC 8725 §3.1).
 */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

export function isAsymmetric(alg: string): boolean {
  return (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg);
}

export function isSymmetric(alg: string): boolean {
  return /^HS\d+$/.test(alg);
}
