import { parseWwwAuthenticate } from '../replay/www-authenticate.js';
import { checkApiUrl } from './api-url.js';
import { fail, type StepOutcome } from './chain-step.js';

export interface ApiChallenge {
  /** RFC 9728 §5.1: where the API says its metadata is; absent when it did not say. */
  resourceMetadataUrl?: string;
  /** RFC 6750 §3: the scopes the API asked for in its challenge, if any. */
  scope?: string;
  /** The schemes the API offered (Bearer, DPoP…). */
  schemes: string[];
  /** What was odd about the header (malformed, several different URLs); shown, not fatal. */
  notes: string[];
}

/**
 * The first step's answer: the status and the `WWW-Authenticate` fields of the call made without a token. The
 * `resource_metadata` parameter (RFC 9728 §5.1) is read from any challenge (Bearer or DPoP); a value that is not a
 * URL a client may fetch breaks the chain here rather than being replaced by a guess.
 */
export function readApiChallenge(status: number, wwwAuthenticate: string[]): StepOutcome<ApiChallenge> {
  const notes: string[] = [];
  const challenges = wwwAuthenticate.flatMap((field) => {
    const parsed = parseWwwAuthenticate(field);
    notes.push(...parsed.problems);
    return parsed.challenges;
  });
  const schemes = challenges.map((c) => c.scheme);
  const urls = [...new Set(challenges.map((c) => c.params.resource_metadata).filter((v): v is string => !!v))];
  const scope = challenges.map((c) => c.params.scope).find((v) => v !== undefined);
  if (urls.length > 1)
    notes.push(`The challenges name ${urls.length} different resource_metadata URLs; the first one is used.`);
  const statusNote =
    status === 401
      ? `401 with ${schemes.length ? schemes.join(', ') : 'no'} challenge${schemes.length === 1 ? '' : 's'}`
      : `${status} (an API that wants a token answers 401, RFC 6750 §3)`;
  const value: ApiChallenge = { schemes, notes, ...(scope !== undefined ? { scope } : {}) };
  const first = urls[0];
  if (first === undefined) {
    return {
      ok: true,
      value,
      summary: `${statusNote}, without resource_metadata: the well-known URLs are tried instead.`,
      rule: 'RFC 9728 §5.1 makes resource_metadata optional; §3.1 gives the well-known location.',
    };
  }
  const checked = checkApiUrl(first);
  if (!checked.ok) {
    return fail(
      'bad-challenge',
      `The API's challenge names resource_metadata="${first}", which is not a URL a client may fetch: ` +
        checked.problem,
      'Send the absolute https URL of the metadata document in resource_metadata (RFC 9728 §5.1).',
    );
  }
  return {
    ok: true,
    value: { ...value, resourceMetadataUrl: first },
    summary: `${statusNote}; resource_metadata="${first}".`,
    rule: 'RFC 9728 §5.1: the URL in resource_metadata is where this API says its metadata is; it is used as given.',
  };
}
