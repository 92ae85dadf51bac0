import { checkFor, type CheckResult } from '../check-result.js';

const checked = checkFor(
  'iss',
  'RFC 9068 §4',
  'The `iss` claim names the server that issued the token. An API accepts tokens from the one issuer it trusts and fetches that ' +
    "issuer's keys; the comparison is exact, character for character (a trailing slash counts).",
);

/** RFC 9068 §4 / OpenID Connect Core §3.1.3.7: `iss` must exactly equal the expected issuer. */
export function checkIssuer(
  payload: Record<string, unknown>,
  expectedIssuer: string | undefined,
  required = true,
  options: { keysFromTokenIssuer?: boolean } = {},
): CheckResult {
  const iss = payload.iss;
  if (iss === undefined) {
    return checked(
      required ? 'fail' : 'warn',
      'No `iss` claim: an API cannot tell who issued the token (RFC 9068 §2.2 requires it).',
    );
  }
  if (typeof iss !== 'string') return checked('fail', '`iss` is not a string (RFC 7519 §4.1.1).');
  if ((expectedIssuer === undefined || expectedIssuer === '') && options.keysFromTokenIssuer) {
    return checked(
      'warn',
      `Issued by ${iss}, and the keys came from that same \`iss\`: anyone can run an issuer, so pin the one your API trusts (--issuer).`,
    );
  }
  if (expectedIssuer === undefined || expectedIssuer === '') {
    return checked('info', `Issued by ${iss}; not compared: no expected issuer was given.`);
  }
  if (iss === expectedIssuer) return checked('pass', `Issued by ${iss}, the expected issuer.`);
  const slash =
    iss.replace(/\/$/, '') === expectedIssuer.replace(/\/$/, '')
      ? ' They differ only by a trailing slash, which still makes them different issuers: use the exact value from discovery.'
      : ' Check that the API trusts the same tenant (for Logto the issuer ends with /oidc).';
  return checked('fail', `Issued by ${iss}, but ${expectedIssuer} was expected.${slash}`);
}
