import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, type JWK, SignJWT } from 'jose';
import { dpopKeyThumbprint } from '../flows/dpop.js';

/** RFC 7518 §3.1 names of the WebCrypto keys a run may hold (openid-client's `randomDPoPKeyPair` makes ES256). */
function jwsAlgorithm(key: CryptoKey): string | undefined {
  const algorithm = key.algorithm as { name: string; namedCurve?: string; hash?: { name: string } };
  if (algorithm.name === 'ECDSA')
    return { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[algorithm.namedCurve!];
  if (algorithm.name === 'Ed25519') return 'Ed25519';
  const bits = algorithm.hash?.name.replace('SHA-', '');
  if (algorithm.name === 'RSASSA-PKCS1-v1_5') return `RS${bits}`;
  if (algorithm.name === 'RSA-PSS') return `PS${bits}`;
  return undefined;
}

/** What a replay proves a run's DPoP key with; the private key stays inside, on the main side, in memory. */
export interface DpopProver {
  /** RFC 7638 thumbprint of the key: the `cnf.jkt` of tokens bound to it. */
  jkt: string;
  /** A fresh proof for one request (RFC 9449 §4.2, §7.1): `htm`, `htu`, `iat`, a new `jti`, `ath`, the nonce if any. */
  proof(method: string, url: string, accessToken: string, nonce?: string): Promise<string>;
}

export async function dpopProver(key: CryptoKeyPair): Promise<DpopProver> {
  const alg = jwsAlgorithm(key.privateKey);
  if (!alg)
    throw new Error(`The run's DPoP key (${key.privateKey.algorithm.name}) has no JWS algorithm Tokenscope knows.`);
  const jwk: JWK = await exportJWK(key.publicKey);
  return {
    jkt: await dpopKeyThumbprint(key),
    async proof(method, url, accessToken, nonce) {
      const target = new URL(url);
      return new SignJWT({
        htm: method,
        // RFC 9449 §4.2: the URL without query and fragment.
        htu: `${target.origin}${target.pathname}`,
        ath: createHash('sha256').update(accessToken).digest('base64url'),
        ...(nonce ? { nonce } : {}),
      })
        .setProtectedHeader({ typ: 'dpop+jwt', alg, jwk })
        .setIssuedAt()
        .setJti(randomUUID())
        .sign(key.privateKey);
    },
  };
}

/**
 * Nonces servers handed out in `DPoP-Nonce` (RFC 9449 §8, §9), by origin, so the next proof to the same server
 * carries the latest one without a refused first try. In memory, the 100 most recent origins.
 */
export class DpopNonceMemory {
  private readonly nonces = new Map<string, string>();

  get(url: string): string | undefined {
    return this.nonces.get(new URL(url).origin);
  }

  remember(url: string, nonce: string | null): void {
    if (!nonce) return;
    const origin = new URL(url).origin;
    this.nonces.delete(origin);
    this.nonces.set(origin, nonce);
    if (this.nonces.size > 100) this.nonces.delete(this.nonces.keys().next().value!);
  }
}
