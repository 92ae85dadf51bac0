/**
 * Explains an error body when the API says more there than in `WWW-Authenticate`: Logto's Management API answers
 * 401/403 with `{code, message}` and no Bearer challenge (Logto core, koa-auth: `auth.authorization_header_missing`,
 * `auth.unauthorized`, `auth.forbidden`).
 */
import type { ChallengeExplanation } from './explain-challenge.js';

type BodyExplanation = Omit<ChallengeExplanation, 'scheme'> & { code: string; source: 'body' };

const LOGTO_CODES: Record<string, { title: string; explanation: string; fix: string }> = {
  'auth.authorization_header_missing': {
    title: 'No token was sent (auth.authorization_header_missing)',
    explanation: "Logto's Management API needs `Authorization: Bearer <token>` on every call.",
    fix: 'Get a token with client credentials for the Management API resource (https://<tenant>.logto.app/api, self-hosted https://default.logto.app/api) and scope `all`, then send it.',
  },
  'auth.unauthorized': {
    title: 'The token was refused (auth.unauthorized)',
    explanation:
      'Logto answers this for a token that is expired, badly signed, issued for another API (its `aud` is not the Management API), or opaque (requested without a `resource`).',
    fix: 'Request the token with resource = the Management API indicator (https://<tenant>.logto.app/api), and inspect it: `aud` must be that indicator and `exp` in the future.',
  },
  'auth.forbidden': {
    title: 'The token lacks the `all` scope (auth.forbidden)',
    explanation:
      'The Management API grants one permission, `all`. An M2M app without a Management API role still gets a token, with no `scope` claim at all, and every call answers 403.',
    fix: 'Assign the M2M app a role holding the Management API `all` permission (Logto Console → Roles), request scope `all`, and get a new token.',
  },
};

export function explainErrorBody(body: string, status: number): BodyExplanation | undefined {
  if (status < 400) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { code, message } = data as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return undefined;
  const known = LOGTO_CODES[code];
  if (!known) return undefined;
  return { code, source: 'body', ...(typeof message === 'string' ? { errorDescription: message } : {}), ...known };
}
