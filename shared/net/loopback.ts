/**
 * Plain http:// is allowed only to this machine (RFC 8252 §8.3 loopback; OAuth 2.1 §1.5 requires TLS elsewhere).
 * Takes a string so it runs anywhere: WHATWG URL is in every runtime we support.
 */
export function isLoopbackUrl(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
