import { check, checkFor, type CheckResult } from '../check-result.js';
import type { TokenKind } from '../token-kind.js';

const SPEC = 'RFC 9068 §2.2';
const WHY =
  'The `client_id` claim names the application the token was issued to. An API can use it to allow only some apps, and to tell ' +
  'a token acting for the app itself (sub = client_id) from one acting for a user.';
const checked = checkFor('client_id', SPEC, WHY);

/** RFC 9068 §2.2 (RFC 8693 §4.3): access tokens carry the `client_id` they were issued to. */
export function checkClientId(payload: Record<string, unknown>, kind: TokenKind): CheckResult {
  const clientId = payload.client_id;
  if (clientId === undefined) {
    if (kind === 'id_token') {
      const aud = typeof payload.azp === 'string' ? payload.azp : payload.aud;
      return check(
        'client_id',
        'info',
        `ID tokens name the client in \`aud\`/\`azp\` instead (${JSON.stringify(aud)}).`,
        'OpenID Connect Core §2',
        WHY,
      );
    }
    return checked(
      kind === 'access_token' ? 'fail' : 'warn',
      'No `client_id` claim: RFC 9068 §2.2 requires access tokens to name the client they were issued to.',
    );
  }
  if (typeof clientId !== 'string' || clientId === '') return checked('fail', '`client_id` is not a non-empty string.');
  return checked('pass', `Issued to the application ${clientId}.`);
}
