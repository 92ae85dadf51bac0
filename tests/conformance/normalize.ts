/**
 * The form both answers are compared in. Everything is compared value for value (the recorded world reuses Logto's
 * ids, so `sub`, `client_id` and organization audiences match), except the values below.
 */

/** The only values allowed to differ, each with why: Logto makes them at random or from its clock. */
export const ALLOWED_DIFFERENCES: Record<string, string> = {
  jti: 'token id, random per token (RFC 7519 §4.1.7)',
  iat: 'issue time, from the clock',
  exp: 'expiry time, from the clock (the lifetime is compared through expires_in)',
  at_hash: 'hash of the access token (OIDC Core §3.1.3.6), which is random; its presence is compared',
  kid: 'key id of the signing key, generated per server',
  x: 'public key coordinate of the generated signing key',
  y: 'public key coordinate of the generated signing key',
  updated_at: "the user's last update time, from the clock",
  created_at: "the user's creation time, from the clock",
  'data.code': "Logto's internal error code, redacted in the recording",
  uid: 'interaction id in the sandbox sign-in page URL, random per sign-in',
  state: 'the recorder chose a random state per sign-in; state_matches is compared instead',
};

const RANDOM = '<random>';

export interface Origins {
  /** The recorded or the sandbox's issuer and origin, written as <issuer> and <origin>. */
  issuer: string;
  origin: string;
}

function replaceOrigins(value: string, { issuer, origin }: Origins): string {
  return value
    .split(issuer)
    .join('<issuer>')
    .split(encodeURIComponent(issuer))
    .join('<issuer>')
    .split(origin)
    .join('<origin>');
}

/** A redirect's target: where it goes, and its query (state and the interaction uid are random). */
function normalizeLocation(value: string, origins: Origins): unknown {
  const url = new URL(value);
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k === 'state' ? RANDOM : replaceOrigins(v, origins);
  const path = url.pathname.replace(/^\/interaction\/[^/]+/, `/interaction/${RANDOM}`);
  return { to: replaceOrigins(`${url.origin}${path}`, origins), query };
}

function normalizeValue(value: unknown, key: string, parent: string, origins: Origins): unknown {
  if (key in ALLOWED_DIFFERENCES || `${parent}.${key}` in ALLOWED_DIFFERENCES)
    return value === undefined ? undefined : RANDOM;
  if (typeof value === 'string') {
    // A scope is a set (RFC 6749 §3.3): order carries no meaning.
    if (key === 'scope') return value.split(' ').filter(Boolean).sort().join(' ');
    return replaceOrigins(value, origins);
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => normalizeValue(v, '', key, origins));
    // Lists in these answers (discovery, claims, organizations) are sets.
    return items.every((v) => typeof v === 'string') ? [...(items as string[])].sort() : items;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeValue(v, k, key, origins);
    return out;
  }
  return value;
}

export interface Comparable {
  status?: number;
  headers?: Record<string, unknown>;
  body?: unknown;
}

/** An answer (status, notable headers, body in the recording's shape) in the compared form. */
export function comparable(
  answer: { status?: number; headers?: Record<string, string>; body?: unknown },
  origins: Origins,
): Comparable {
  const headers: Record<string, unknown> = {};
  for (const name of ['content-type', 'cache-control', 'www-authenticate']) {
    const value = answer.headers?.[name];
    headers[name] = value === undefined ? undefined : replaceOrigins(value, origins);
  }
  const location = answer.headers?.location;
  if (location) headers.location = normalizeLocation(new URL(location, origins.origin).href, origins);
  const redirect = answer.status !== undefined && answer.status >= 300 && answer.status < 400;
  return {
    status: answer.status,
    headers,
    // A redirect's HTML body only repeats its location, which is compared above.
    body: redirect ? undefined : normalizeValue(answer.body, '', '', origins),
  };
}

/** A note (what the recorder saw beside the answers) in the compared form. */
export function comparableNote(note: unknown, origins: Origins): unknown {
  return normalizeValue(note, '', '', origins);
}
