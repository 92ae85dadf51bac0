import { checkFor, type CheckResult } from '../check-result.js';
import { ORGANIZATION_AUDIENCE_PREFIX } from '../../oauth/reserved-resources.js';
import { audiences } from '../claims.js';

const checked = checkFor(
  'aud',
  'RFC 7519 §4.1.3',
  'The `aud` claim names who the token is for. With RFC 8707 the client asks for a token for one API (`resource`), and that API must ' +
    'refuse tokens meant for another, or a token for a harmless API could be replayed against a sensitive one.',
);

/** RFC 7519 §4.1.3 / RFC 9068 §4: `aud` (a string or an array) must contain the expected resource indicator. */
export function checkAudience(
  payload: Record<string, unknown>,
  expectedAudience: string | undefined,
  required = true,
): CheckResult {
  if (payload.aud === undefined) {
    return checked(
      required ? 'fail' : 'warn',
      'No `aud` claim: the token is not bound to any API. Request it with `resource` (RFC 8707).',
    );
  }
  const values = audiences(payload);
  if (!values) return checked('fail', '`aud` is neither a string nor an array of strings (RFC 7519 §4.1.3).');
  if (values.length === 0) return checked('fail', '`aud` is an empty array: the token is for nobody.');
  const list = values.join(', ');
  if (expectedAudience === undefined || expectedAudience === '') {
    const organization = values.some((value) => value.startsWith(ORGANIZATION_AUDIENCE_PREFIX))
      ? ' (an organization token)'
      : '';
    return checked('info', `For ${list}${organization}; not compared: no expected audience was given.`);
  }
  if (values.includes(expectedAudience)) {
    const others = values.filter((value) => value !== expectedAudience);
    const more = others.length
      ? ` It is also valid for ${others.join(', ')}: an API only needs its own value in the list.`
      : '';
    return checked('pass', `For ${expectedAudience}, as expected.${more}`);
  }
  const slash = values.some((value) => value.replace(/\/$/, '') === expectedAudience.replace(/\/$/, ''))
    ? ' They differ only by a trailing slash: the resource indicator must match exactly.'
    : ' Request the token with resource=' + expectedAudience + ' (RFC 8707).';
  return checked('fail', `For ${list}, not for ${expectedAudience}.${slash}`);
}
