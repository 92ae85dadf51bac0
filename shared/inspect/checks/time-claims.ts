import { check, type CheckResult } from '../check-result.js';
import { numericDate } from '../claims.js';
import { isoDate, relativeTime } from '../relative-time.js';

/** Seconds since the epoch, plus the tolerance for clocks that disagree (RFC 7519 §4.1.4 "some small leeway"). */
export interface Clock {
  now: number;
  skew: number;
}

function skewNote(clock: Clock): string {
  return clock.skew ? ` (with ${clock.skew} s of clock skew allowed)` : '';
}

const EXP_WHY =
  'Access tokens are short-lived (Logto: 1 hour by default) so that a leaked one stops working soon. After `exp` an API must refuse it; ' +
  'the client gets a new one with its refresh token or by running the flow again.';

/** RFC 7519 §4.1.4: the token must not be accepted on or after `exp` (minus the allowed skew). */
export function checkExpiry(payload: Record<string, unknown>, clock: Clock, required = true): CheckResult {
  const spec = 'RFC 7519 §4.1.4';
  if (payload.exp === undefined) {
    return check(
      'exp',
      required ? 'fail' : 'warn',
      'No `exp` claim: the token never expires, which RFC 9068 §2.2 forbids for access tokens.',
      spec,
      EXP_WHY,
    );
  }
  const exp = numericDate(payload, 'exp');
  if (exp === undefined)
    return check(
      'exp',
      'fail',
      '`exp` is not a number of seconds since 1970 (RFC 7519 §2 NumericDate).',
      spec,
      EXP_WHY,
    );
  const when = `${relativeTime(exp, clock.now)} (${isoDate(exp)})`;
  if (exp <= clock.now - clock.skew) {
    return check(
      'exp',
      'fail',
      `Expired ${when}${skewNote(clock)}: get a new token with the refresh token or run the flow again.`,
      spec,
      EXP_WHY,
    );
  }
  return check('exp', 'pass', `Expires ${when}.`, spec, EXP_WHY);
}

const NBF_WHY =
  'Before `nbf` (not before) the token must not be used yet. Servers rarely set it; when it fails by a few seconds, the two clocks disagree.';

/** RFC 7519 §4.1.5: the token must not be accepted before `nbf` (plus the allowed skew). */
export function checkNotBefore(payload: Record<string, unknown>, clock: Clock): CheckResult {
  const spec = 'RFC 7519 §4.1.5';
  if (payload.nbf === undefined)
    return check('nbf', 'pass', 'No `nbf` claim: valid from the moment it was issued.', spec, NBF_WHY);
  const nbf = numericDate(payload, 'nbf');
  if (nbf === undefined)
    return check(
      'nbf',
      'fail',
      '`nbf` is not a number of seconds since 1970 (RFC 7519 §2 NumericDate).',
      spec,
      NBF_WHY,
    );
  const when = `${relativeTime(nbf, clock.now)} (${isoDate(nbf)})`;
  if (nbf > clock.now + clock.skew) {
    return check(
      'nbf',
      'fail',
      `Not valid yet: becomes valid ${when}${skewNote(clock)}. If that is seconds away, the clocks disagree: allow some clock skew.`,
      spec,
      NBF_WHY,
    );
  }
  return check('nbf', 'pass', `Valid since ${when}.`, spec, NBF_WHY);
}

const IAT_WHY =
  "The `iat` claim says when the token was issued. A time in the future means the server's clock and yours disagree, or the token was forged.";

/** RFC 7519 §4.1.6 / RFC 9068 §2.2: `iat` is required for access tokens and must not be in the future. */
export function checkIssuedAt(payload: Record<string, unknown>, clock: Clock, required = true): CheckResult {
  const spec = 'RFC 7519 §4.1.6';
  if (payload.iat === undefined) {
    return check(
      'iat',
      required ? 'fail' : 'warn',
      'No `iat` claim: RFC 9068 §2.2 requires access tokens to say when they were issued.',
      spec,
      IAT_WHY,
    );
  }
  const iat = numericDate(payload, 'iat');
  if (iat === undefined)
    return check(
      'iat',
      'fail',
      '`iat` is not a number of seconds since 1970 (RFC 7519 §2 NumericDate).',
      spec,
      IAT_WHY,
    );
  const when = `${relativeTime(iat, clock.now)} (${isoDate(iat)})`;
  if (iat > clock.now + clock.skew) {
    return check(
      'iat',
      'fail',
      `Issued in the future, ${when}${skewNote(clock)}: the clocks disagree (allow some clock skew) or the token is forged.`,
      spec,
      IAT_WHY,
    );
  }
  return check('iat', 'pass', `Issued ${when}.`, spec, IAT_WHY);
}
