import { isLoopbackUrl } from '../net/loopback.js';
import { parseUrl } from '../net/parse-url.js';

export type ApiUrlCheck = { ok: true; url: string } | { ok: false; problem: string };

/**
 * The URL a user starts from. RFC 9728 §1.2: a resource identifier is an https URL without a fragment; plain http
 * is accepted for this machine only (RFC 8252 §8.3), so a local API can be tried.
 */
export function checkApiUrl(input: string): ApiUrlCheck {
  const text = input.trim();
  const url = parseUrl(text);
  if (!url)
    return { ok: false, problem: `"${text}" is not a URL. Give the full address, e.g. https://api.example.com/mcp.` };
  if (url.hash)
    return { ok: false, problem: `${text} has a fragment (#…); a resource identifier never does (RFC 9728 §1.2).` };
  if (url.username || url.password)
    return { ok: false, problem: `${url.host} carries a user name or password in the URL; remove it.` };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url)))
    return {
      ok: false,
      problem: `${text} is not https. Plain http:// is allowed only for this machine (127.0.0.1, localhost).`,
    };
  return { ok: true, url: text };
}

/**
 * RFC 9728 §3.3 asks for identical identifiers; two spellings RFC 3986 §6.2.2 calls the same (scheme and host case,
 * a default port, an empty path) count as identical, anything else (a trailing slash, another path) does not.
 */
export function sameIdentifier(a: string, b: string): boolean {
  if (a === b) return true;
  const [urlA, urlB] = [parseUrl(a), parseUrl(b)];
  return urlA !== undefined && urlB !== undefined && urlA.href === urlB.href;
}
