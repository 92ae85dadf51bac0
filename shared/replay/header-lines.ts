/** Headers as the composer's text area shows them: one `Name: value` per line, as on the wire (RFC 9112 §5). */
import type { ReplayHeader } from './types.js';

export interface ParsedHeaderLines {
  headers: ReplayHeader[];
  /** Lines that are not `Name: value`, with their number, so the user can fix them before sending. */
  problems: string[];
}

export function parseHeaderLines(text: string): ParsedHeaderLines {
  const headers: ReplayHeader[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    // RFC 9110 §5.1: a field name is a token.
    if (!name || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) {
      problems.push(`Line ${index + 1} is not "Name: value": ${JSON.stringify(line.slice(0, 40))}.`);
      return;
    }
    headers.push({ name, value: line.slice(colon + 1).trim() });
  });
  return { headers, problems };
}

export function formatHeaderLines(headers: ReplayHeader[]): string {
  return headers.map((h) => `${h.name}: ${h.value}`).join('\n');
}
