import { parseUrl } from '../net/parse-url.js';
/**
 * Reads a redirect that came back from the authorization server, however it arrived: the tokenscope:// scheme,
 * the loopback listener (RFC 8252 §7.3), or pasted by the user. Pure: only finds the state and what the URL says.
 */
export type ParsedCallback =
  { ok: true; url: string; state: string; error?: string; errorDescription?: string } | { ok: false; message: string };

export function parseCallbackUrl(input: string): ParsedCallback {
  const url = parseUrl(input.trim());
  if (!url) {
    return {
      ok: false,
      message:
        'That is not a URL. Paste the whole address the browser ended on after signing in (it starts with the redirect URI, e.g. tokenscope://callback?code=…).',
    };
  }
  // RFC 6749 §4.1.2 puts the response in the query; a fragment means the request asked for another response mode.
  const params = url.search ? url.searchParams : new URLSearchParams(url.hash.slice(1));
  const state = params.get('state');
  if (!state) {
    return {
      ok: false,
      message:
        'The redirect carries no state, so it cannot be matched to a sign-in Tokenscope started. Paste the complete URL, including everything after "?".',
    };
  }
  const error = params.get('error') ?? undefined;
  if (!error && !params.get('code')) {
    return {
      ok: false,
      message:
        'The redirect has neither a code nor an error: copy the complete URL the browser shows after signing in.',
    };
  }
  return { ok: true, url: url.href, state, error, errorDescription: params.get('error_description') ?? undefined };
}
