import { sameIdentifier } from './api-url.js';
import { fail, type StepOutcome } from './chain-step.js';
import type { FoundMetadata } from './resource-metadata.js';
import { insertWellKnown, PROTECTED_RESOURCE_SUFFIX } from './well-known-url.js';

/**
 * RFC 9728 §3.3: the metadata's `resource` must be identical to the identifier its URL was built from, and, when the
 * URL came from the API's resource_metadata, to the URL the client called; otherwise "the data contained in the
 * response MUST NOT be used" (it may be another resource's, served to phish tokens for it). The chain asks for a
 * token for what it called, so it takes `resource` only when it is the URL called. At the host's root well-known
 * URL that is the one case worth taking (MCP servers publish their URL there); a root document naming the origin
 * describes the origin, not the API at this path, and is refused.
 * The value returned is the resource the sign-in asks for (RFC 8707).
 */
export function matchResource(found: FoundMetadata, calledUrl: string): StepOutcome<string> {
  const { resource } = found.metadata;
  const { source, identifier } = found.candidate;
  if (sameIdentifier(resource, calledUrl))
    return {
      ok: true,
      value: resource,
      summary: `resource "${resource}" is the URL called.`,
      rule:
        source === 'header'
          ? 'RFC 9728 §3.3: metadata found through resource_metadata must name the URL the client called.'
          : source === 'root'
            ? "RFC 9728 §3.3: the host's root metadata names the URL called, so it describes this API."
            : 'RFC 9728 §3.3: resource must be identical to the URL the well-known URL was built from.',
    };
  const slashOnly = resource.replace(/\/+$/, '') === calledUrl.replace(/\/+$/, '');
  return fail(
    'resource-mismatch',
    `The metadata at ${found.candidate.url} says resource "${resource}", but the URL called is ${calledUrl}` +
      (source === 'root' && sameIdentifier(resource, identifier)
        ? `: the host's root metadata describes ${identifier}, not the API at this path`
        : '') +
      `${slashOnly ? ': they differ only by a trailing slash, which still makes them different identifiers' : ''}. ` +
      'RFC 9728 §3.3 forbids using metadata that names another resource, so nothing in it is used.',
    source === 'root'
      ? `Serve this API's metadata at ${insertWellKnown(calledUrl, PROTECTED_RESOURCE_SUFFIX)} (RFC 9728 §3.1) ` +
          `or name it in the 401's resource_metadata, with "resource": "${calledUrl}".`
      : `Make "resource" in the metadata exactly ${calledUrl}, or call the API at ${resource} if that is its URL.`,
  );
}
