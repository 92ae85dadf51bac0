import { sameIdentifier } from './api-url.js';
import { fail, type StepOutcome } from './chain-step.js';
import type { FoundMetadata } from './resource-metadata.js';

/**
 * RFC 9728 §3.3: the metadata's `resource` must be identical to the identifier its URL was built from, and, when the
 * URL came from the API's resource_metadata, to the URL the client called; otherwise "the data contained in the
 * response MUST NOT be used" (it may be another resource's, served to phish tokens for it). At the host's root
 * well-known URL the identifier is the origin, and `resource` may name it or the URL called.
 * The value returned is the resource the sign-in asks for (RFC 8707).
 */
export function matchResource(found: FoundMetadata, calledUrl: string): StepOutcome<string> {
  const { resource } = found.metadata;
  const { source, identifier } = found.candidate;
  const accepted = source === 'root' ? [calledUrl, identifier] : [calledUrl];
  const matched = accepted.find((id) => sameIdentifier(resource, id));
  if (matched !== undefined)
    return {
      ok: true,
      value: resource,
      summary: `resource "${resource}" is ${matched === calledUrl ? 'the URL called' : `the origin, ${identifier}`}.`,
      rule:
        source === 'header'
          ? 'RFC 9728 §3.3: metadata found through resource_metadata must name the URL the client called.'
          : 'RFC 9728 §3.3: resource must be identical to the identifier the well-known URL was built from.',
    };
  const slashOnly = resource.replace(/\/+$/, '') === calledUrl.replace(/\/+$/, '');
  return fail(
    'resource-mismatch',
    `The metadata at ${found.candidate.url} says resource "${resource}", but the URL called is ${calledUrl}` +
      `${source === 'root' ? ` (and the root metadata's identifier is ${identifier})` : ''}` +
      `${slashOnly ? ': they differ only by a trailing slash, which still makes them different identifiers' : ''}. ` +
      'RFC 9728 §3.3 forbids using metadata that names another resource, so nothing in it is used.',
    `Make "resource" in the metadata exactly ${calledUrl}, or call the API at ${resource} if that is its URL.`,
  );
}
