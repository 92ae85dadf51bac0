import type { TimelineEntry } from './timeline.js';

/**
 * Masking for the HTTP timeline. Pure, so the same rules hold in the main side, the renderer and `toCurl`.
 * Masks are marked with "•" so masking twice changes nothing.
 */

const MARK = '•';

/** Form and query parameters that let whoever holds them get tokens (RFC 6749, 7636, 7523, 8628, 8693, 7009, 7662). */
export const SECRET_PARAMETERS = new Set([
  'client_secret',
  'client_assertion',
  'code',
  'code_verifier',
  'refresh_token',
  'access_token',
  'id_token',
  'subject_token',
  'actor_token',
  'device_code',
  'token',
  'password',
  'id_token_hint',
  'logout_token',
]);

// Cheap checks first: most bodies and URLs of a flow carry no secret, and parsing them only to find that out is what
// would make capture cost more than the flow itself (bench/flow-overhead).
const NAMES = [...SECRET_PARAMETERS].join('|');
const SECRET_JSON_KEY = new RegExp(`"(?:${NAMES})"\\s*:`);
const SECRET_FORM_PARAM = new RegExp(`(?:^|[?&])(?:${NAMES})=`);

/** Keeps enough of a secret to tell two apart, never enough to use one. */
export function maskValue(value: string): string {
  if (value.includes(MARK)) return value;
  if (value.length <= 8) return MARK.repeat(Math.max(value.length, 3));
  return `${value.slice(0, 4)}…${MARK.repeat(6)} (${value.length} chars)`;
}

/** RFC 7617 Basic and RFC 6750 / RFC 9449 token schemes: the scheme stays, the credential goes. */
function maskAuthorization(value: string): string {
  const space = value.indexOf(' ');
  if (space < 0) return maskValue(value);
  return `${value.slice(0, space)} ${maskValue(value.slice(space + 1))}`;
}

const SECRET_HEADERS: Record<string, (value: string) => string> = {
  authorization: maskAuthorization,
  'proxy-authorization': maskAuthorization,
  dpop: maskValue,
  cookie: maskValue,
  'set-cookie': maskValue,
  // A redirect back from /auth carries the authorization code in its query (RFC 6749 §4.1.2).
  location: (value) => maskUrl(value),
};

export function maskHeaders(headers: Record<string, string>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const rule = SECRET_HEADERS[name.toLowerCase()];
    masked[name] = rule ? rule(value) : value;
  }
  return masked;
}

/**
 * A form-encoded string with each secret value replaced by its mask, written as is (not percent-encoded) so it reads
 * "abcd…•••••• (43 chars)"; every other pair keeps its exact original spelling.
 */
function maskParams(encoded: string): string {
  return encoded
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name: string;
      let value: string;
      try {
        name = decodeURIComponent(pair.slice(0, eq).replace(/\+/g, ' '));
        value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
      } catch {
        return pair;
      }
      return SECRET_PARAMETERS.has(name) ? `${pair.slice(0, eq)}=${maskValue(value)}` : pair;
    })
    .join('&');
}

/** The query (RFC 6749 §4.1.2) and the fragment (implicit, form_post-less response modes) of a URL, masked. */
export function maskUrl(url: string): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const query = base.indexOf('?');
  const maskedBase = query >= 0 && SECRET_FORM_PARAM.test(base.slice(query)) ? `${base.slice(0, query + 1)}${maskParams(base.slice(query + 1))}` : base;
  if (hash < 0) return maskedBase;
  const fragment = url.slice(hash + 1);
  return `${maskedBase}#${SECRET_FORM_PARAM.test(`&${fragment}`) ? maskParams(fragment) : fragment}`;
}

function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (value && typeof value === 'object') {
    const masked: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      masked[key] = SECRET_PARAMETERS.has(key) && typeof inner === 'string' ? maskValue(inner) : maskJson(inner);
    }
    return masked;
  }
  return value;
}

/** A body masked by its shape: JSON objects by key, form bodies by parameter; anything else left as sent. */
export function maskBody(body: string | undefined): string | undefined {
  if (body === undefined || body === '') return body;
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (!SECRET_JSON_KEY.test(body)) return body;
    try {
      return JSON.stringify(maskJson(JSON.parse(body)));
    } catch {
      return body;
    }
  }
  if (/^[\w.~%+-]+=/.test(body) && !/\s/.test(body)) {
    return SECRET_FORM_PARAM.test(body) ? maskParams(body) : body;
  }
  return body;
}

/** Logto personal access tokens have a recognisable shape: masked wherever they appear, given to us or not. */
const PAT_PATTERN = /\bpat_[A-Za-z0-9]{8,}/g;

export function maskPatterns(text: string): string {
  return text.includes('pat_') ? text.replace(PAT_PATTERN, (pat) => maskValue(pat)) : text;
}

/** Each secret as it may appear: as is, and percent-encoded in a form body (base64 in Basic is caught by shape). */
function spellings(secrets: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    const masked = maskValue(secret);
    out.push([secret, masked]);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out.push([encoded, masked]);
  }
  return out;
}

function replaceAll(text: string, known: [string, string][]): string {
  let out = text;
  for (const [secret, masked] of known) if (out.includes(secret)) out = out.split(secret).join(masked);
  return maskPatterns(out);
}

/** Replaces each known secret (the client secret, a PAT, a refresh token given to the flow) wherever it appears. */
export function maskKnown(text: string, secrets: readonly string[]): string {
  return replaceAll(text, spellings(secrets));
}

export function maskEntry(entry: TimelineEntry, knownSecrets: readonly string[] = []): TimelineEntry {
  const spelled = spellings(knownSecrets);
  const known = (text: string) => replaceAll(text, spelled);
  const headers = (h: Record<string, string>) => {
    const masked = maskHeaders(h);
    for (const name in masked) masked[name] = known(masked[name]!);
    return masked;
  };
  const body = (b: string | undefined) => (b === undefined ? b : known(maskBody(b)!));
  return {
    ...entry,
    url: known(maskUrl(entry.url)),
    requestHeaders: headers(entry.requestHeaders),
    requestBody: body(entry.requestBody),
    responseHeaders: headers(entry.responseHeaders),
    responseBody: body(entry.responseBody),
  };
}
