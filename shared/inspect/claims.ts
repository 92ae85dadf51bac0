/** Reading claims whose shape the token controls: never trust a type, always narrow. */

export function stringClaim(payload: Record<string, unknown>, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' ? value : undefined;
}

/** RFC 7519 §4.1.3: `aud` is a string or an array of strings; anything else is unusable (undefined). */
export function audiences(payload: Record<string, unknown>): string[] | undefined {
  const aud = payload.aud;
  if (typeof aud === 'string') return [aud];
  if (Array.isArray(aud) && aud.every((value) => typeof value === 'string')) return aud as string[];
  return undefined;
}

/** RFC 8693 §4.2 / RFC 9068 §2.2.3: `scope` is one space-separated string. Logto may send `""`. */
export function scopes(payload: Record<string, unknown>): string[] | undefined {
  const scope = payload.scope;
  if (typeof scope !== 'string') return undefined;
  return scope.split(' ').filter(Boolean);
}

export function numericDate(payload: Record<string, unknown>, name: string): number | undefined {
  const value = payload[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
