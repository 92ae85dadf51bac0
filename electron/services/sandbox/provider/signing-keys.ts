import { generateKeyPairSync, randomUUID } from 'node:crypto';

export type SigningKeyType = 'EC' | 'RSA';

export interface SigningKey {
  type: SigningKeyType;
  alg: 'ES384' | 'RS256';
  /** Private JWK: stays in this process, never logged. */
  jwk: Record<string, unknown>;
}

/** A fresh key per sandbox start: EC P-384 (ES384) as Logto generates by default, or RSA 2048 (RS256). */
export function generateSigningKey(type: SigningKeyType): SigningKey {
  const kid = randomUUID();
  if (type === 'RSA') {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return { type, alg: 'RS256', jwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  return { type, alg: 'ES384', jwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: 'ES384', use: 'sig' } };
}

/** The public half of a private JWK: what the JWKS may show. */
export function publicJwk(jwk: Record<string, unknown>): { kty: string; [key: string]: unknown } {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  return pub as { kty: string };
}
