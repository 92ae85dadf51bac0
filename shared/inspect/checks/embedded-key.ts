import { checkFor, type CheckResult } from '../check-result.js';

const checked = checkFor(
  'embedded-key',
  'RFC 8725 §3.10',
  'A token can carry a key (`jwk`, `x5c`) or point to one (`jku`, `x5u`). Verifying with that key proves only that whoever made the token ' +
    "had its own key: an attacker signs with theirs and puts it in the header. Keys must come from the issuer's `jwks_uri`, never from the token.",
);

const KEY_HEADERS = ['jwk', 'jku', 'x5c', 'x5u'] as const;

/** RFC 8725 §3.10 / RFC 7515 §4.1.2-4.1.6: key-carrying headers are ignored and reported, never used. */
export function checkEmbeddedKeys(header: Record<string, unknown>): CheckResult {
  const present = KEY_HEADERS.filter((name) => header[name] !== undefined);
  if (present.length === 0) {
    return checked('pass', 'The header carries no key of its own (no jwk, jku, x5c, x5u).');
  }
  const where = typeof header.jku === 'string' ? ` (jku points at ${header.jku})` : '';
  return checked(
    'warn',
    `The header carries its own key: ${present.join(', ')}${where}. Ignored: the signature was checked only against the issuer's JWKS.`,
  );
}
