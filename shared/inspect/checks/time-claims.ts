import { checkFor, type CheckResult, type CheckStatus } from '../check-result.js';
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

/**
 * `exp`, `nbf` and `iat` are read alike (RFC 7519 §2 NumericDate): absent, not a number, or a time that the clock
 * (with its skew) either accepts or refuses. Each claim says only what differs.
 */
interface TimeClaimRule {
  claim: 'exp' | 'nbf' | 'iat';
  spec: string;
  why: string;
  /** The outcome when the token does not carry the claim. */
  absent: [CheckStatus, string];
  refuses(time: number, clock: Clock): boolean;
  /** `when` is "in 5 minutes (2026-…)"; `skew` notes the skew allowed, if any. */
  refused(when: string, skew: string): string;
  accepted(when: string): string;
}

function checkTimeClaim(payload: Record<string, unknown>, clock: Clock, rule: TimeClaimRule): CheckResult {
  const checked = checkFor(rule.claim, rule.spec, rule.why);
  if (payload[rule.claim] === undefined) return checked(...rule.absent);
  const time = numericDate(payload, rule.claim);
  if (time === undefined)
    return checked('fail', `\`${rule.claim}\` is not a number of seconds since 1970 (RFC 7519 §2 NumericDate).`);
  const when = `${relativeTime(time, clock.now)} (${isoDate(time)})`;
  return rule.refuses(time, clock)
    ? checked('fail', rule.refused(when, skewNote(clock)))
    : checked('pass', rule.accepted(when));
}

const EXP_WHY =
  'Access tokens are short-lived (Logto: 1 hour by default) so that a leaked one stops working soon. After `exp` an API must refuse it; ' +
  'the client gets a new one with its refresh token or by running the flow again.';

/** RFC 7519 §4.1.4: the token must not be accepted on or after `exp` (minus the allowed skew). */
export function checkExpiry(payload: Record<string, unknown>, clock: Clock, required = true): CheckResult {
  return checkTimeClaim(payload, clock, {
    claim: 'exp',
    spec: 'RFC 7519 §4.1.4',
    why: EXP_WHY,
    absent: [
      required ? 'fail' : 'warn',
      'No `exp` claim: the token never expires, which RFC 9068 §2.2 forbids for access tokens.',
    ],
    refuses: (exp, { now, skew }) => exp <= now - skew,
    refused: (when, skew) => `Expired ${when}${skew}: get a new token with the refresh token or run the flow again.`,
    accepted: (when) => `Expires ${when}.`,
  });
}

const NBF_WHY =
  'Before `nbf` (not before) the token must not be used yet. Servers rarely set it; when it fails by a few seconds, the two clocks disagree.';

/** RFC 7519 §4.1.5: the token must not be accepted before `nbf` (plus the allowed skew). */
export function checkNotBefore(payload: Record<string, unknown>, clock: Clock): CheckResult {
  return checkTimeClaim(payload, clock, {
    claim: 'nbf',
    spec: 'RFC 7519 §4.1.5',
    why: NBF_WHY,
    absent: ['pass', 'No `nbf` claim: valid from the moment it was issued.'],
    refuses: (nbf, { now, skew }) => nbf > now + skew,
    refused: (when, skew) =>
      `Not valid yet: becomes valid ${when}${skew}. If that is seconds away, the clocks disagree: allow some clock skew.`,
    accepted: (when) => `Valid since ${when}.`,
  });
}

const IAT_WHY =
  "The `iat` claim says when the token was issued. A time in the future means the server's clock and yours disagree, or the token was forged.";

/** RFC 7519 §4.1.6 / RFC 9068 §2.2: `iat` is required for access tokens and must not be in the future. */
export function checkIssuedAt(payload: Record<string, unknown>, clock: Clock, required = true): CheckResult {
  return checkTimeClaim(payload, clock, {
    claim: 'iat',
    spec: 'RFC 7519 §4.1.6',
    why: IAT_WHY,
    absent: [
      required ? 'fail' : 'warn',
      'No `iat` claim: RFC 9068 §2.2 requires access tokens to say when they were issued.',
    ],
    refuses: (iat, { now, skew }) => iat > now + skew,
    refused: (when, skew) =>
      `Issued in the future, ${when}${skew}: the clocks disagree (allow some clock skew) or the token is forged.`,
    accepted: (when) => `Issued ${when}.`,
  });
}
