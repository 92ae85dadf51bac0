import { compactVerify, errors } from 'jose';
import { checkFor, type CheckResult } from '../check-result.js';
import { ASYMMETRIC_ALGORITHMS } from '../algorithms.js';
import type { KeySetFunction } from '../key-set.js';

const checked = checkFor(
  'signature',
  'RFC 7515 §5.2',
  'Anyone can write a JWT; only the signature proves the issuer wrote this one and nobody changed it since. ' +
    'An API verifies it with the public keys the issuer publishes at its `jwks_uri`, so it needs no shared secret and no call to the server.',
);

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function explainFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return "Not verified: the algorithm is not an asymmetric one, so no key from the issuer's JWKS may be used for it.";
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return "No key in the issuer's JWKS matches this token's `kid` and `alg`: it was signed with another key (rotated, another issuer, or forged).";
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'The signature does not match: the token was changed after signing, or signed by someone else. Reject it.';
    case 'ERR_JWKS_TIMEOUT':
      return "Not verified: fetching the issuer's JWKS timed out; check the network and the issuer URL.";
    case 'ERR_JWKS_INVALID':
      return "Not verified: the issuer's JWKS is not a valid key set.";
    case 'ERR_JWS_INVALID':
      return `Not verified: the token is not a valid JWS (${reason(error)}).`;
    case 'ERR_JOSE_NOT_SUPPORTED':
      return `Not verified: ${reason(error)}.`;
    default:
      return `Not verified: ${reason(error)}`;
  }
}

async function verify(raw: string, keySet: KeySetFunction): Promise<void> {
  const options = { algorithms: [...ASYMMETRIC_ALGORITHMS] };
  try {
    await compactVerify(raw, keySet, options);
  } catch (error) {
    // Several keys share the kid/alg (e.g. during rotation): jose hands them over to try one by one.
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
    for await (const key of error as errors.JWKSMultipleMatchingKeys & AsyncIterable<CryptoKey>) {
      try {
        await compactVerify(raw, key, options);
        return;
      } catch {
        continue;
      }
    }
    throw new errors.JWSSignatureVerificationFailed();
  }
}

/**
 * RFC 7515 §5.2 with keys ONLY from the issuer's JWKS (RFC 8725 §3.10): the key set never looks at `jwk`/`jku`
 * headers, and the allow-list keeps `none` and HS* away from any key (RFC 8725 §3.1). Resolves, never rejects.
 */
export async function checkSignature(
  raw: string,
  header: Record<string, unknown>,
  keySet: KeySetFunction | undefined,
): Promise<CheckResult> {
  if (typeof header.alg === 'string' && header.alg.toLowerCase() === 'none') {
    return checked('fail', 'No signature: `alg` is "none", so anyone could have written this token.');
  }
  if (!keySet) {
    return checked(
      'warn',
      "Not verified: the issuer's keys are not known. Give the issuer (--issuer) or a JWKS to verify the signature.",
    );
  }
  try {
    await verify(raw, keySet);
    const kid = typeof header.kid === 'string' ? ` with key "${header.kid}"` : '';
    return checked('pass', `Verified${kid} from the issuer's JWKS.`);
  } catch (error) {
    return checked('fail', explainFailure(error));
  }
}
