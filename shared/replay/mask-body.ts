/**
 * Bodies that carry secrets: a call to a token endpoint sends `client_secret`, `refresh_token`, `code_verifier` or a
 * `subject_token` (RFC 6749 §4.1.3, §6; RFC 7636 §4.5; RFC 8693 §2.1) and gets tokens back (RFC 6749 §5.1).
 * History and exports keep such bodies with those values masked; everything else stays as sent.
 */
import { maskSecret } from '../token/mask.js';

const SECRET_FIELDS = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'code_verifier',
  'subject_token',
  'actor_token',
  'client_assertion',
  'assertion',
  'password',
  'device_code',
]);

/**
 * Only in forms (a token request, RFC 6749 §4.1.3): in JSON, `code` is what Logto and most APIs name their error
 * code (`auth.forbidden`), which must stay readable.
 */
const FORM_ONLY_FIELDS = new Set(['code']);

const SECRET_NAMES = [...SECRET_FIELDS, ...FORM_ONLY_FIELDS];

function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, SECRET_FIELDS.has(key) && typeof v === 'string' ? maskSecret(v) : maskJson(v)]),
  );
}

/** The body with secret fields masked, when it is JSON or a form; unchanged otherwise (and when nothing is secret). */
export function maskBody(body: string): string {
  const trimmed = body.trimStart();
  // Cheap checks first: most API bodies name no secret field at all.
  if (!SECRET_NAMES.some((field) => body.includes(field))) return body;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(maskJson(JSON.parse(body)));
    } catch {
      return body;
    }
  }
  if (/^[\w.%+-]+=/.test(trimmed)) {
    const form = new URLSearchParams(body);
    let changed = false;
    const secrets: [string, string][] = [];
    form.forEach((value, key) => {
      if (SECRET_FIELDS.has(key) || FORM_ONLY_FIELDS.has(key)) secrets.push([key, value]);
    });
    for (const [key, value] of secrets) {
      form.set(key, maskSecret(value));
      changed = true;
    }
    return changed ? form.toString() : body;
  }
  return body;
}
