/**
 * JSON bodies found to hold no secret at all, by their exact text, so the same answer seen again (a server's
 * discovery document, fetched by every run) is not parsed and walked again: under load that parse was a large
 * part of masking each run's timeline (`npm run bench load`). Only a body that masking left exactly as it was is
 * kept, so nothing here is a secret by masking's own rules; a body is still masked again for the secrets each call
 * knows and by shape (`maskText`). Bounded: the newest few, each of a bounded size.
 */
const LIMIT = 16;
const MAX_CHARS = 65_536;

const clean = new Set<string>();

export function isKnownCleanJson(body: string): boolean {
  return clean.has(body);
}

export function rememberCleanJson(body: string): void {
  if (body.length > MAX_CHARS || clean.has(body)) return;
  clean.add(body);
  if (clean.size > LIMIT) clean.delete(clean.values().next().value!);
}
