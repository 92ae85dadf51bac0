import { insertWellKnown, PROTECTED_RESOURCE_SUFFIX } from './well-known-url.js';

/** Where a metadata URL came from; it decides which identifier the metadata's `resource` must equal (§3.3). */
export type MetadataSource = 'header' | 'path-inserted' | 'root';

export interface MetadataCandidate {
  url: string;
  source: MetadataSource;
  /** The identifier the metadata's `resource` must be identical to (RFC 9728 §3.3). */
  identifier: string;
}

/**
 * The metadata URLs to try, in order. The API's own word comes first and alone: when its 401 names
 * resource_metadata (RFC 9728 §5.1), that URL is fetched and nothing else, since guessing past what the API said is
 * how clients end up reading another resource's metadata. Without it, the well-known URL built from the URL called
 * (§3.1: inserted between host and path), then the host's root well-known URL.
 */
export function metadataCandidates(calledUrl: string, headerUrl?: string): MetadataCandidate[] {
  if (headerUrl) return [{ url: headerUrl, source: 'header', identifier: calledUrl }];
  const pathInserted = insertWellKnown(calledUrl, PROTECTED_RESOURCE_SUFFIX);
  const origin = new URL(calledUrl).origin;
  const root = `${origin}/.well-known/${PROTECTED_RESOURCE_SUFFIX}`;
  const candidates: MetadataCandidate[] = [{ url: pathInserted, source: 'path-inserted', identifier: calledUrl }];
  if (root !== pathInserted) candidates.push({ url: root, source: 'root', identifier: origin });
  return candidates;
}

export const SOURCE_WORDS: Record<MetadataSource, string> = {
  header: "the URL in the API's resource_metadata",
  'path-inserted': 'the well-known URL for this path (RFC 9728 §3.1)',
  root: "the host's root well-known URL",
};
