import { check, checkFor, type CheckResult } from '../check-result.js';
import { normalizedTyp, type TokenKind } from '../token-kind.js';

const SPEC = 'RFC 9068 §2.1';
const WHY =
  'The `typ` header says what the JWT is for. RFC 9068 types access tokens `at+jwt` so an API can refuse an ID token or any other JWT ' +
  'signed by the same issuer: they share keys, and only the type tells them apart.';
const checked = checkFor('typ', SPEC, WHY);

export interface TypOptions {
  /** The token is checked for an API (an expected audience or required scopes were given). */
  usedAsAccessToken?: boolean;
}

/** RFC 9068 §2.1 and §4: access tokens carry `typ: at+jwt`, and resource servers reject anything else. */
export function checkType(header: Record<string, unknown>, kind: TokenKind, options: TypOptions = {}): CheckResult {
  const raw = header.typ;
  if (raw !== undefined && typeof raw !== 'string') return checked('fail', '`typ` is not a string (RFC 7515 §4.1.9).');
  const typ = normalizedTyp(header);
  const shown = raw === undefined ? 'absent' : `"${raw}"`;
  if (typ === 'at+jwt') return checked('pass', `\`typ\` is ${shown}: an access token as RFC 9068 defines it.`);
  if (kind === 'id_token') {
    if (options.usedAsAccessToken) {
      return checked(
        'fail',
        `This is an ID token (typ ${shown}), not an access token: an API must refuse it. Request an access token with \`resource\`.`,
      );
    }
    return check(
      'typ',
      'pass',
      `\`typ\` is ${shown}, as expected for an ID token (OpenID Connect Core §2).`,
      'OpenID Connect Core §2',
      WHY,
    );
  }
  if (kind === 'access_token') {
    return checked(
      'fail',
      `\`typ\` is ${shown}, not "at+jwt": an API following RFC 9068 §4 rejects it. Logto sets at+jwt when a \`resource\` is requested.`,
    );
  }
  return checked(
    'warn',
    `\`typ\` is ${shown}: this JWT is not typed as an access token, so an API should not accept it.`,
  );
}
