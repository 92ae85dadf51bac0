import type { JWK } from 'jose';
import { checkFor, type CheckResult } from '../check-result.js';

const checked = checkFor(
  'kid',
  'RFC 7515 §4.1.4',
  "The `kid` header names which of the issuer's keys signed the token. Issuers rotate keys and publish every active one in their JWKS, " +
    'so an API looks the `kid` up there; a `kid` that is not there means an old key, another issuer, or a forged token.',
);

/** RFC 7515 §4.1.4 / RFC 7517 §4.5: the `kid` must name a key the issuer publishes. */
export function checkKeyId(header: Record<string, unknown>, keys: JWK[] | undefined): CheckResult {
  const kid = header.kid;
  if (kid !== undefined && typeof kid !== 'string') {
    return checked('fail', '`kid` is not a string: no JWKS can contain it.');
  }
  if (!keys) {
    return checked(
      'info',
      kid
        ? `\`kid\` is "${kid}"; not looked up: the issuer's JWKS is not known.`
        : "No `kid`; the issuer's JWKS is not known.",
    );
  }
  const ids = keys.map((key) => key.kid).filter((id): id is string => typeof id === 'string');
  if (kid === undefined) {
    return keys.length <= 1
      ? checked('pass', 'No `kid`, and the issuer publishes a single key, so there is no ambiguity.')
      : checked('warn', `No \`kid\` while the issuer publishes ${keys.length} keys: an API has to try each one.`);
  }
  if (ids.includes(kid)) return checked('pass', `\`kid\` "${kid}" is one of the issuer's published keys.`);
  const known = ids.length ? ids.map((id) => `"${id}"`).join(', ') : 'none with a kid';
  return checked(
    'fail',
    `\`kid\` "${kid}" is not in the issuer's JWKS (keys: ${known}): the key was rotated away, the token comes from another issuer, or it is forged.`,
  );
}
