import type { JWK } from 'jose';
import { checkFor, type CheckResult } from '../check-result.js';
import { isAsymmetric, isSymmetric } from '../algorithms.js';

const checked = checkFor(
  'alg',
  'RFC 8725 §3.1',
  'The `alg` header says how the token was signed, but the token is not trusted yet, so an API decides which algorithms it accepts. ' +
    'Accepting `none` lets anyone forge tokens; accepting HS256 from an issuer with public keys lets an attacker sign with the public key as an HMAC secret.',
);

/**
 * RFC 8725 §3.1/§3.2: only asymmetric algorithms the issuer's keys can verify. `keys` are the issuer's published
 * keys when known; without them a symmetric algorithm cannot be judged and is only warned about.
 */
export function checkAlgorithm(header: Record<string, unknown>, keys: JWK[] | undefined): CheckResult {
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') {
    return checked(
      'fail',
      'The header has no `alg`: no API can verify a token without one; it is not a valid JWS (RFC 7515 §4.1.1).',
    );
  }
  if (alg.toLowerCase() === 'none') {
    return checked('fail', '`alg` is "none": the token is unsigned and anyone could have written it; reject it.');
  }
  const asymmetricKeys = keys?.filter((key) => key.kty !== 'oct') ?? [];
  if (isSymmetric(alg)) {
    if (asymmetricKeys.length > 0) {
      return checked(
        'fail',
        `\`alg\` is ${alg} (a shared secret) but the issuer publishes public keys: this is the key-confusion attack; reject the token.`,
      );
    }
    return checked(
      'warn',
      `\`alg\` is ${alg}, a shared secret: only the server and whoever holds the secret can verify it, never an API using the JWKS.`,
    );
  }
  if (!isAsymmetric(alg)) {
    return checked(
      'fail',
      `\`alg\` "${alg}" is not a JWS signature algorithm Tokenscope accepts (RS*, PS*, ES*, EdDSA).`,
    );
  }
  const matching = keys?.filter((key) => key.alg === undefined || key.alg === alg);
  if (keys && matching && matching.length === 0) {
    const published = [...new Set(keys.map((key) => key.alg ?? key.kty))].join(', ');
    return checked(
      'fail',
      `\`alg\` is ${alg} but the issuer's keys are for ${published || 'nothing'}: the token was not signed by this issuer.`,
    );
  }
  const note = alg === 'ES384' ? " (Logto's default key, EC P-384)" : '';
  return checked('pass', `\`alg\` is ${alg}${note}, an asymmetric algorithm verifiable with the issuer's public keys.`);
}
