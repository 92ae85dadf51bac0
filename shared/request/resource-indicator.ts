import type { Finding } from './finding.js';

/**
 * RFC 8707 §2: "The value of the resource parameter MUST be an absolute URI … MUST NOT include a fragment
 * component. It SHOULD NOT include a query component". Logto also matches the indicator exactly, so a
 * trailing slash that the registered one lacks is a different resource.
 */
export function checkResourceIndicator(value: string): Finding[] {
  const trimmed = value.trim();
  if (!trimmed)
    return [
      { level: 'error', message: 'Empty: type the API identifier registered on the server.', spec: 'RFC 8707 §2' },
    ];
  if (trimmed !== value)
    return [
      {
        level: 'error',
        message: 'Leading or trailing spaces: the server compares indicators exactly.',
        spec: 'RFC 8707 §2',
      },
    ];
  // An absolute URI starts with a scheme (RFC 3986 §4.3); `new URL` would also accept a relative one against a base.
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) {
    return [
      {
        level: 'error',
        message: `"${value}" is not an absolute URI: add the scheme, e.g. https://${value.replace(/^\/+/, '')}.`,
        spec: 'RFC 8707 §2',
      },
    ];
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [{ level: 'error', message: `"${value}" is not a valid URI.`, spec: 'RFC 3986 §4.3' }];
  }
  const findings: Finding[] = [];
  if (value.includes('#'))
    findings.push({
      level: 'error',
      message: 'A resource indicator must not have a fragment (#…): remove it.',
      spec: 'RFC 8707 §2',
    });
  if (url.search)
    findings.push({
      level: 'warning',
      message: 'A query (?…) in a resource indicator is allowed but discouraged; Logto matches it exactly.',
      spec: 'RFC 8707 §2',
    });
  if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    findings.push({
      level: 'info',
      message: 'An http:// indicator is only a name (nothing is fetched from it), but most APIs use https://.',
    });
  }
  return findings;
}
