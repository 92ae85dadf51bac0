/**
 * What a value *is*, wherever it sits. The rule, from the surest to the broadest:
 *
 * 1. Anywhere in any text (URL, header, body, even prose):
 *    - a JWS or JWE in compact form (RFC 7515 §7.1, RFC 7516 §7.1): a first segment starting `eyJ` (base64url of
 *      `{"`), then two or four more dot-separated base64url segments;
 *    - a token with a published prefix: Logto personal access tokens (`pat_`), GitHub (`ghp_`, `gho_`, `ghu_`,
 *      `ghs_`, `ghr_`, `github_pat_`), Slack (`xoxb-`, `xoxp-`…), Stripe secret and restricted keys (`sk_live_`…);
 *    - a token the session knows (one sent with a replay, a run's secrets), as is and percent-encoded.
 * 2. A value standing alone in a slot (a header value or the credential after its scheme, a URL or form parameter,
 *    a JSON string under a credential-like key) that looks opaque: only base64/base64url/token68 characters
 *    (RFC 9110 §11.2), no mask in it, and
 *    - in any slot: at least 32 characters with upper case, lower case and digits mixed, and more than 3.5 bits of
 *      entropy per character (a PAT, an opaque access token, a signed-URL signature);
 *    - in a slot whose name suggests a credential (`isCredentialName`): from 16 characters, with two of the three
 *      kinds and 3 bits per character (a hex API key, a UUID used as a key).
 *
 * Left alone on purpose: short ids, UUIDs and hex digests outside credential slots (one or two kinds of character),
 * words and sentences (spaces), URLs (`:` and `/`), and opaque-looking strings in JSON under ordinary keys (ids,
 * pagination cursors, digests, public keys in a JWKS): an API's data stays readable. The price of rule 2: a
 * 32-character random cursor in a URL or an unusual header is masked too, a false positive preferred to a token on
 * disk.
 */
import { isCredentialName } from './secret-names.js';

/** Masks carry this mark, so a masked value is never masked again nor taken for a secret. */
export const MASK_MARK = '•';

const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?/g;

const PREFIXED = new RegExp(
  [
    'pat_[A-Za-z0-9]{8,}', // Logto personal access tokens
    'gh[opusr]_[A-Za-z0-9]{20,}',
    'github_pat_[A-Za-z0-9_]{20,}',
    'xox[abposr]-[A-Za-z0-9-]{10,}', // Slack
    '[sr]k_(?:live|test)_[A-Za-z0-9]{16,}', // Stripe secret and restricted keys
  ]
    .map((p) => `\\b${p}`)
    .join('|'),
  'g',
);
const PREFIX_HINT = /pat_|gh[opusr]_|xox[abposr]-|k_(?:live|test)_/;

/** Every JWT and prefixed token in `text`, replaced by `mask(match)`. */
export function replaceShapedSecrets(text: string, mask: (secret: string) => string): string {
  let out = text;
  if (out.includes('eyJ')) out = out.replace(JWT, (jwt) => (jwt.length >= 16 ? mask(jwt) : jwt));
  if (PREFIX_HINT.test(out)) out = out.replace(PREFIXED, mask);
  return out;
}

/** token68 (RFC 9110 §11.2) plus `~` and `.`, the alphabets of base64, base64url and most opaque tokens. */
const OPAQUE_CHARS = /^[A-Za-z0-9._~+/=-]+$/;
const MAX_OPAQUE = 4096;

function bitsPerChar(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

/** Rule 2 above, for a value on its own; `name` is the header, parameter or key it sits under. */
export function looksLikeOpaqueSecret(value: string, name = ''): boolean {
  const credentialSlot = isCredentialName(name);
  const min = credentialSlot ? 16 : 32;
  if (value.length < min || value.length > MAX_OPAQUE) return false;
  if (value.includes(MASK_MARK) || !OPAQUE_CHARS.test(value)) return false;
  const kinds = Number(/[A-Z]/.test(value)) + Number(/[a-z]/.test(value)) + Number(/[0-9]/.test(value));
  if (kinds < (credentialSlot ? 2 : 3)) return false;
  return bitsPerChar(value) > (credentialSlot ? 3 : 3.5);
}
