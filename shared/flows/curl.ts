import type { TimelineEntry } from './timeline.js';
import { maskEntry } from './mask-entry.js';

/** POSIX shell single quotes: the only character to escape inside them is the quote itself. */
function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Set by fetch itself, or meaningless to replay. */
const SKIPPED_HEADERS = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

/**
 * A curl command that sends the same request again. Masked unless `reveal`: a masked command shows the shape of the
 * request and is safe to paste into an issue, but the server will refuse it.
 */
export function toCurl(entry: TimelineEntry, options: { reveal?: boolean } = {}): string {
  const shown = options.reveal ? entry : maskEntry(entry);
  const first = ['curl'];
  if (shown.method !== 'GET' || shown.requestBody) first.push('-X', shown.method);
  first.push(quote(shown.url));
  const lines = [first.join(' ')];
  for (const [name, value] of Object.entries(shown.requestHeaders)) {
    if (SKIPPED_HEADERS.has(name.toLowerCase())) continue;
    lines.push(`-H ${quote(`${name}: ${value}`)}`);
  }
  if (shown.requestBody) lines.push(`--data-raw ${quote(shown.requestBody)}`);
  return lines.join(' \\\n  ');
}
