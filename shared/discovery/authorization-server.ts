import { sameIdentifier, checkApiUrl } from './api-url.js';
import { fail, type StepOutcome } from './chain-step.js';
import type { ResourceMetadata } from './resource-metadata.js';

export interface ChosenServer {
  issuer: string;
  /** The other issuers the metadata lists, for the user to pick instead. */
  others: string[];
}

/**
 * RFC 9728 §2: `authorization_servers` lists the issuers whose tokens the resource accepts; the authorization server
 * is taken from there and nowhere else (not the API's own host). A user's pick wins when it is on the list; then an
 * issuer the user already has a connection to; then the first. An entry a client may not use (not https, not a
 * URL) is skipped and said.
 */
export function chooseAuthorizationServer(
  metadata: ResourceMetadata,
  prefer: { picked?: string; known?: string[] } = {},
): StepOutcome<ChosenServer> {
  const listed = metadata.authorization_servers ?? [];
  if (listed.length === 0)
    return fail(
      'no-authorization-servers',
      `The metadata of ${metadata.resource} lists no authorization_servers, so it does not say who issues its tokens.`,
      'Add "authorization_servers": ["<issuer URL>"] to the metadata (RFC 9728 §2), ' +
        'e.g. your Logto endpoint followed by /oidc.',
    );
  const skipped: string[] = [];
  const usable = listed.filter((issuer) => {
    const checked = checkApiUrl(issuer);
    if (!checked.ok) skipped.push(checked.problem);
    return checked.ok;
  });
  if (usable.length === 0)
    return fail(
      'no-authorization-servers',
      `None of the authorization_servers of ${metadata.resource} can be used: ${skipped.join(' ')}`,
      'List the issuer identifiers as https URLs in authorization_servers (RFC 9728 §2, RFC 8414 §2).',
    );
  if (prefer.picked && !usable.some((issuer) => sameIdentifier(issuer, prefer.picked!)))
    return fail(
      'no-authorization-servers',
      `${prefer.picked} is not among the authorization_servers of ${metadata.resource}: ${usable.join(', ')}.`,
      'Pick one of the listed issuers; a token from another would not be accepted by this API (RFC 9728 §2).',
    );
  const find = (wanted?: string) => (wanted ? usable.find((issuer) => sameIdentifier(issuer, wanted)) : undefined);
  const picked = find(prefer.picked);
  const known = picked ? undefined : (prefer.known ?? []).map(find).find((v) => v !== undefined);
  const issuer = picked ?? known ?? usable[0]!;
  const why = picked ? 'the one you picked' : known ? 'the one you have a connection to' : 'the first listed';
  return {
    ok: true,
    value: { issuer, others: usable.filter((i) => i !== issuer) },
    summary:
      `${issuer} (${why}${usable.length > 1 ? ` of ${usable.length}` : ''}).` +
      (skipped.length ? ` Skipped: ${skipped.join(' ')}` : ''),
    rule:
      "RFC 9728 §2: the authorization server comes from the metadata's authorization_servers, " +
      "never from the API's host.",
  };
}
