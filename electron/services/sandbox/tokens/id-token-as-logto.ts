import { createHash } from 'node:crypto';
import { CompactSign, decodeJwt, decodeProtectedHeader, importJWK } from 'jose';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type { SigningKey } from '../provider/signing-keys.js';

/** OIDC Core §3.1.3.6: the left half of the access token's hash, with the hash of the ID token's `alg`. */
function accessTokenHash(accessToken: string, alg: string): string {
  const bits = alg.slice(-3);
  const digest = createHash(bits === '384' ? 'sha384' : bits === '512' ? 'sha512' : 'sha256')
    .update(accessToken)
    .digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

/**
 * ID tokens from the token endpoint as Logto issues them: header `typ: JWT` and an `at_hash` beside the access token
 * (OIDC Core §3.1.3.6 allows it there). oidc-provider 9 sets neither there and offers no hook for the header, so the
 * ID token is signed again, with the same key and claims, once the grant has answered.
 */
export function idTokenAsLogto(key: () => SigningKey) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || typeof body?.id_token !== 'string') return;
    const active = key();
    const header = decodeProtectedHeader(body.id_token);
    if (header.kid !== active.jwk.kid || header.alg !== active.alg) return;
    const payload = decodeJwt(body.id_token);
    if (typeof body.access_token === 'string' && payload.at_hash === undefined)
      payload.at_hash = accessTokenHash(body.access_token, active.alg);
    const signer = await importJWK(active.jwk, active.alg);
    body.id_token = await new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ alg: active.alg, typ: 'JWT', kid: header.kid })
      .sign(signer);
  };
}
