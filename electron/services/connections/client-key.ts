import { calculateJwkThumbprint, exportJWK, generateKeyPair, importPKCS8, type JWK } from 'jose';

/**
 * The private key a private_key_jwt client signs its assertions with (RFC 7523 §2.2): generated here (ES256), or
 * the user's own as a JWK or a PKCS#8 PEM. Returned as a JWK with `alg` and `kid`, ready for openid-client.
 */
export async function clientPrivateKey(input: string): Promise<JWK> {
  const text = input.trim();
  let jwk: JWK;
  if (text === 'generate') {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    jwk = { ...(await exportJWK(privateKey)), alg: 'ES256' };
  } else if (text.startsWith('{')) {
    try {
      jwk = JSON.parse(text) as JWK;
    } catch (error) {
      throw new Error(
        `The private key is not valid JSON (${(error as Error).message}). Paste the whole JWK, or a PEM.`,
      );
    }
    if (!jwk.d) throw new Error('That JWK has no private part ("d"): paste the private key, not the public one.');
  } else if (text.includes('-----BEGIN PRIVATE KEY-----')) {
    jwk = await importPem(text);
  } else {
    throw new Error(
      'Paste the private key as a JWK (JSON) or a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), or generate one.',
    );
  }
  const alg = jwk.alg ?? (jwk.kty === 'EC' ? 'ES256' : jwk.kty === 'RSA' ? 'RS256' : undefined);
  if (!alg)
    throw new Error(`Keys of type ${jwk.kty} are not supported for private_key_jwt: use an EC (P-256) or RSA key.`);
  return { ...jwk, alg, kid: jwk.kid ?? (await calculateJwkThumbprint(jwk)) };
}

async function importPem(pem: string): Promise<JWK> {
  // PKCS#8 does not say which algorithm a key is for; an EC P-256 key signs ES256, an RSA key RS256.
  for (const alg of ['ES256', 'RS256'] as const) {
    try {
      return { ...(await exportJWK(await importPKCS8(pem, alg, { extractable: true }))), alg };
    } catch {
      // try the next algorithm
    }
  }
  throw new Error(
    'The PEM is not an EC P-256 or RSA private key in PKCS#8 form. Convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem',
  );
}

/** The part to register on the server: everything but the private members. */
export function publicPart(jwk: JWK): Record<string, unknown> {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, oth: _oth, ...rest } = jwk as JWK & Record<string, unknown>;
  return { ...rest, use: 'sig' };
}
