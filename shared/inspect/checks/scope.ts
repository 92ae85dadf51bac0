import { checkFor, type CheckResult } from '../check-result.js';
import { scopes } from '../claims.js';
import type { TokenKind } from '../token-kind.js';

const checked = checkFor(
  'scope',
  'RFC 9068 §2.2.3',
  'The `scope` claim lists the permissions granted to this token. Each API operation requires some (e.g. `read:products`), and the API ' +
    'checks them itself. In Logto a permission reaches the token only if it was requested AND the user or app holds a role that grants it; ' +
    'otherwise it is dropped silently, without an error.',
);

/** RFC 9068 §2.2.3 / RFC 8693 §4.2: `scope` is a space-separated list that must contain every required permission. */
export function checkScope(
  payload: Record<string, unknown>,
  requiredScopes: readonly string[] = [],
  kind?: TokenKind,
): CheckResult {
  const required = requiredScopes.filter(Boolean);
  if (payload.scope !== undefined && typeof payload.scope !== 'string') {
    return checked('fail', '`scope` is not a space-separated string (RFC 9068 §2.2.3).');
  }
  const granted = scopes(payload);
  if (granted === undefined) {
    // OpenID Connect Core §2: an ID token is for the client; API permissions are only ever in access tokens.
    const message =
      kind === 'id_token'
        ? 'An ID token has no `scope`: its audience is the client, it says who signed in, and it carries no API scope. Send the access token (requested with `resource`) to an API instead.'
        : 'No `scope` claim: no permission was granted. In Logto an M2M token has none when no scope was requested or the app has no M2M role for this API.';
    return checked(
      required.length ? 'fail' : 'info',
      required.length ? `${message} Required: ${required.join(' ')}.` : message,
    );
  }
  const list = granted.length ? granted.join(' ') : '(empty)';
  if (required.length === 0) return checked('info', `Grants: ${list}. Not compared: no required scope was given.`);
  const missing = required.filter((scope) => !granted.includes(scope));
  if (missing.length === 0) return checked('pass', `Has every required scope (${required.join(' ')}).`);
  return checked(
    'fail',
    `Missing ${missing.join(' ')} (the token grants: ${list}). Request ${missing.length > 1 ? 'them' : 'it'}, and give the user or app a role with ${missing.length > 1 ? 'these permissions' : 'this permission'}.`,
  );
}
