/**
 * Masking of one HTTP timeline entry, with the rules every other view uses (`shared/security/masking`). Masking
 * happens when a timeline leaves the main side, never in place: `revealRun` shows the raw one.
 */
import type { TimelineEntry } from './timeline.js';
import {
  knownSecrets,
  maskBody as maskBodyText,
  maskHeaderRecord,
  maskText,
  maskUrl,
  maskValue,
} from '../security/masking/mask.js';

export { maskUrl, maskValue };
export { SECRET_PARAMETERS } from '../security/masking/secret-names.js';

export function maskHeaders(headers: Record<string, string>): Record<string, string> {
  return maskHeaderRecord(headers);
}

export function maskBody(body: string | undefined): string | undefined {
  return body === undefined ? body : maskBodyText(body);
}

/** Replaces each known secret (the client secret, a PAT, a refresh token given to the flow) wherever it appears. */
export function maskKnown(text: string, secrets: readonly string[]): string {
  return maskText(text, knownSecrets(secrets));
}

export function maskEntry(entry: TimelineEntry, secrets: readonly string[] = []): TimelineEntry {
  const known = knownSecrets(secrets);
  const body = (b: string | undefined) => (b === undefined ? b : maskBodyText(b, known));
  return {
    ...entry,
    url: maskUrl(entry.url, known),
    requestHeaders: maskHeaderRecord(entry.requestHeaders, known),
    requestBody: body(entry.requestBody),
    responseHeaders: maskHeaderRecord(entry.responseHeaders, known),
    responseBody: body(entry.responseBody),
  };
}
