/**
 * Masking of HTTP exchanges, for the flow timeline, replay history and exports, copy as curl. Pure, so the same
 * rules hold on the main side and in the renderer. Names come from `secret-names.ts`, shapes from `secret-values.ts`;
 * nothing here keeps a list of its own. Masking twice changes nothing.
 */
import {
  CREDENTIAL_WORDS,
  JWK_PRIVATE_MEMBERS,
  PUBLIC_HEADERS,
  PUBLIC_PARAMETERS,
  SCHEME_HEADERS,
  SECRET_PARAMETERS,
  URL_HEADERS,
  isCredentialName,
  isSecretHeader,
  isSecretParameter,
} from './secret-names.js';
import { MASK_MARK, looksLikeOpaqueSecret, replaceShapedSecrets } from './secret-values.js';
import { isKnownCleanJson, rememberCleanJson } from './clean-json-bodies.js';

/** Keeps enough of a secret to tell two apart, never enough to use one. */
export function maskValue(value: string): string {
  if (value.includes(MASK_MARK)) return value;
  if (value.length <= 8) return MASK_MARK.repeat(Math.max(value.length, 3));
  return `${value.slice(0, 4)}…${MASK_MARK.repeat(6)} (${value.length} chars)`;
}

/** Secrets the session knows (a replayed token, a client secret, a PAT given to a flow), prepared for `maskText`. */
export type KnownSecrets = readonly (readonly [spelled: string, masked: string])[];

/** Each secret as it may appear: as is, and percent-encoded in a form or a URL. Too short to be one: ignored. */
export function knownSecrets(secrets: Iterable<string>): KnownSecrets {
  const out: [string, string][] = [];
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    const masked = maskValue(secret);
    out.push([secret, masked]);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out.push([encoded, masked]);
  }
  return out;
}

/** Known secrets, JWTs and prefixed tokens, wherever they are in `text`. */
export function maskText(text: string, known: KnownSecrets = []): string {
  let out = text;
  for (const [secret, masked] of known) if (out.includes(secret)) out = out.split(secret).join(masked);
  return replaceShapedSecrets(out, maskValue);
}

function maskParameter(name: string, value: string): string | undefined {
  if (isSecretParameter(name, 'form')) return maskValue(value);
  if (!PUBLIC_PARAMETERS.has(name) && looksLikeOpaqueSecret(value, name)) return maskValue(value);
  return undefined;
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
      const masked = maskParameter(name, value);
      return masked === undefined ? pair : `${pair.slice(0, eq)}=${masked}`;
    })
    .join('&');
}

/** The query (RFC 6749 §4.1.2) and the fragment (RFC 6749 §4.2.2, implicit) of a URL, masked; then by shape. */
export function maskUrl(url: string, known: KnownSecrets = []): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const query = base.indexOf('?');
  const maskedBase = query >= 0 ? `${base.slice(0, query + 1)}${maskParams(base.slice(query + 1))}` : base;
  const masked = hash < 0 ? maskedBase : `${maskedBase}#${maskParams(url.slice(hash + 1))}`;
  return maskText(masked, known);
}

/** RFC 9110 §11.4 "<scheme> <credentials>": the scheme stays, the credentials go. */
function maskCredentials(value: string): string {
  const match = /^(\S+)\s+(\S[\s\S]*)$/.exec(value);
  return match ? `${match[1]} ${maskValue(match[2]!)}` : maskValue(value);
}

export function maskHeaderValue(name: string, value: string, known: KnownSecrets = []): string {
  const lower = name.trim().toLowerCase();
  if (isSecretHeader(lower)) return SCHEME_HEADERS.has(lower) ? maskCredentials(value) : maskValue(value);
  if (URL_HEADERS.has(lower)) return maskUrl(value, known);
  if (PUBLIC_HEADERS.has(lower)) return maskText(value, known);
  // An unknown header with a credential: alone ("X-Custom-Auth: <token>") or after a scheme ("Token <token>").
  const scheme = /^([A-Za-z][\w-]*)\s+(\S+)$/.exec(value);
  if (scheme && looksLikeOpaqueSecret(scheme[2]!, name)) return `${scheme[1]} ${maskValue(scheme[2]!)}`;
  if (looksLikeOpaqueSecret(value, name)) return maskValue(value);
  return maskText(value, known);
}

/** Headers as a record (the flow timeline). */
export function maskHeaderRecord(headers: Record<string, string>, known: KnownSecrets = []): Record<string, string> {
  const masked: Record<string, string> = {};
  // for…in, not Object.entries: no pair per header, for every entry of every run's timeline (bench load).
  for (const name in headers)
    if (Object.hasOwn(headers, name)) masked[name] = maskHeaderValue(name, headers[name]!, known);
  return masked;
}

/** Headers as a list (replay requests and responses). */
export function maskHeaderList<H extends { name: string; value: string }>(headers: H[], known: KnownSecrets = []): H[] {
  return headers.map((h) => {
    const value = maskHeaderValue(h.name, h.value, known);
    return value === h.value ? h : { ...h, value };
  });
}

/** JSON values masked by key, and by value under credential-like keys; `changed` tells whether any was. */
function maskJson(value: unknown, changed: { any: boolean }): unknown {
  if (Array.isArray(value)) return value.map((item) => maskJson(item, changed));
  if (!value || typeof value !== 'object') return value;
  const isJwk = typeof (value as { kty?: unknown }).kty === 'string';
  const masked: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const secret =
      typeof inner === 'string' &&
      (isSecretParameter(key, 'json') ||
        (isJwk && JWK_PRIVATE_MEMBERS.has(key)) ||
        // Only under credential-like keys: an API's ids, cursors and digests stay readable (see secret-values.ts).
        (isCredentialName(key) && looksLikeOpaqueSecret(inner, key)));
    if (secret && !inner.includes(MASK_MARK)) changed.any = true;
    masked[key] = secret ? maskValue(inner) : maskJson(inner, changed);
  }
  return masked;
}

// Cheap checks first: most bodies carry no secret, and parsing them only to find that out would make capture and
// replay cost more than the call (bench/flow-overhead, bench/replay-overhead).
const SECRET_JSON_KEY = new RegExp(
  `"(?:${[...SECRET_PARAMETERS].join('|')}|kty|[^"]*(?:${CREDENTIAL_WORDS.join('|')}|sig)[^"]*)"\\s*:`,
  'i',
);

/** A body masked by its shape (JSON by key, a form by parameter), then by what its values are. */
export function maskBody(body: string, known: KnownSecrets = []): string {
  if (body === '') return body;
  const trimmed = body.trimStart();
  let masked = body;
  let cleanByKey = false;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (!isKnownCleanJson(body) && SECRET_JSON_KEY.test(body)) {
      try {
        const changed = { any: false };
        const again = maskJson(JSON.parse(body), changed);
        cleanByKey = !changed.any;
        // Re-serialized only when something changed, so an answer keeps its own formatting otherwise.
        if (changed.any) masked = JSON.stringify(again);
      } catch {
        // Not JSON after all (cut at a limit, or text that starts with a brace): by shape only.
      }
    }
  } else if (/^[\w.~%+-]+=/.test(trimmed) && !/\s/.test(trimmed)) {
    masked = maskParams(body);
  }
  const out = maskText(masked, known);
  if (cleanByKey && out === body) rememberCleanJson(body);
  return out;
}
