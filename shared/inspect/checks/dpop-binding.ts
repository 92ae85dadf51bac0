import { check, checkFor, type CheckResult } from '../check-result.js';

const SPEC = 'RFC 9449 §6.1';
const WHY =
  'A DPoP-bound token carries the RFC 7638 thumbprint of a key in `cnf.jkt`. An API must then ask for a proof signed ' +
  'by that key with every call and refuse the token sent as Bearer (RFC 9449 §7.1), so a copy of the token is ' +
  'useless to whoever lacks the private key.';
const checked = checkFor('cnf', SPEC, WHY);

/** What Tokenscope knows of the key: the thumbprint of the run's DPoP key, or that no run holding the token has one. */
export interface HeldDpopKey {
  /** RFC 7638 thumbprint of the key the run that received the token holds; absent: Tokenscope holds none for it. */
  jkt?: string;
}

/**
 * `cnf.jkt` against the key the token's run holds. No row for a token without `cnf` whose run holds no key: there is
 * nothing sender-constrained to say.
 */
export function checkDpopBinding(payload: Record<string, unknown>, held: HeldDpopKey | undefined): CheckResult[] {
  const cnf = payload.cnf as Record<string, unknown> | undefined;
  const jkt = typeof cnf?.jkt === 'string' ? cnf.jkt : undefined;
  if (cnf === undefined) {
    if (!held?.jkt) return [];
    return [
      checked(
        'warn',
        'Not DPoP-bound (no `cnf.jkt`), though a DPoP proof was sent for it: the server did not bind it, so it works as a Bearer token for whoever holds it.',
      ),
    ];
  }
  if (!jkt) {
    const certificate = typeof cnf === 'object' && cnf !== null && 'x5t#S256' in cnf;
    return [
      certificate
        ? check(
            'cnf',
            'info',
            'Bound to a client certificate (`cnf.x5t#S256`, RFC 8705 §3.1), not to a DPoP key.',
            'RFC 8705 §3.1',
            WHY,
          )
        : checked('fail', '`cnf` has no `jkt` string, so no key can be checked against it.'),
    ];
  }
  if (held?.jkt === jkt) {
    return [
      checked(
        'pass',
        `Bound to the DPoP key its run holds (cnf.jkt ${jkt}). Sent as Bearer, an API that follows RFC 9449 §7.1 refuses it; the replay sends it with a proof of that key.`,
      ),
    ];
  }
  if (held?.jkt) {
    return [
      checked(
        'fail',
        `Bound to key ${jkt}, but its run holds key ${held.jkt}: no proof Tokenscope makes will match, so every API refuses it.`,
      ),
    ];
  }
  return [
    checked(
      'warn',
      `Bound to key ${jkt}, which Tokenscope does not hold (a pasted token, or its run is gone): sent as Bearer it would be refused by an API that follows RFC 9449 §7.1, and no proof can be made for it here.`,
    ),
  ];
}
