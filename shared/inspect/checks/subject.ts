import { checkFor, type CheckResult } from '../check-result.js';

const checked = checkFor(
  'subject',
  'RFC 9068 §2.2',
  'The `sub` claim is who the token acts for. When it equals `client_id` the app acts as itself (client credentials, an M2M app with ' +
    'M2M roles); otherwise it acts for a user, with that user\'s roles. An API that gives data "about the caller" must know which.',
);

/** Who the token acts for: a user, or the app itself when `sub` = `client_id` (RFC 9068 §2.2, §5). */
export function subjectKind(payload: Record<string, unknown>): 'user' | 'app' | 'unknown' {
  if (typeof payload.sub !== 'string' || payload.sub === '') return 'unknown';
  return payload.sub === payload.client_id ? 'app' : 'user';
}

/** RFC 9068 §2.2: `sub` is required; reported as info, with the actor (RFC 8693 §4.1 `act`) when delegated. */
export function checkSubject(payload: Record<string, unknown>, required = true): CheckResult {
  const sub = payload.sub;
  if (sub === undefined)
    return checked(
      required ? 'fail' : 'warn',
      'No `sub` claim: the token does not say who it acts for (RFC 9068 §2.2 requires it).',
    );
  if (typeof sub !== 'string' || sub === '')
    return checked('fail', '`sub` is not a non-empty string (RFC 7519 §4.1.2).');
  const act = payload.act as { sub?: unknown } | undefined;
  const actor =
    act && typeof act === 'object' && typeof act.sub === 'string'
      ? `, with ${act.sub} acting on its behalf (RFC 8693 \`act\`)`
      : '';
  if (subjectKind(payload) === 'app') {
    return checked(
      'info',
      `Acts as the app itself (sub = client_id = ${sub}): a client-credentials (M2M) token with the app's M2M roles${actor}.`,
    );
  }
  return checked('info', `Acts as user ${sub}, with that user's roles${actor}.`);
}
