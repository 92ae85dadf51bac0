/** Headers that carry credentials: never persisted, logged or exported as sent unless the user reveals them. */
import { maskSecret } from '../token/mask.js';
import type { ReplayHeader } from './types.js';

const SENSITIVE = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'dpop']);

export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE.has(name.trim().toLowerCase());
}

/** Keeps the scheme of an Authorization value ("Bearer …") so the user still sees how the call authenticated. */
export function maskHeaderValue(value: string): string {
  const match = /^(\S+)\s+(.+)$/.exec(value);
  return match ? `${match[1]} ${maskSecret(match[2]!)}` : maskSecret(value);
}

export function maskHeaders(headers: ReplayHeader[]): ReplayHeader[] {
  return headers.map((h) => (isSensitiveHeader(h.name) ? { name: h.name, value: maskHeaderValue(h.value) } : h));
}

/** For exports and saved requests: the header is dropped, so nothing masked can be mistaken for a real value. */
export function stripSensitiveHeaders(headers: ReplayHeader[]): ReplayHeader[] {
  return headers.filter((h) => !isSensitiveHeader(h.name));
}
