/**
 * RFC 9728 §5.1: `resource_metadata` in a challenge is the URL of the API's protected-resource metadata. Only an
 * absolute http(s) URL is offered to follow; anything else is shown as the problem it is. (RFC 9728 §3 asks for
 * https; plain http is let through here for APIs on loopback, such as the sandbox's.)
 */
export function resourceMetadataUrl(raw: string): { url: string } | { problem: string } {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { problem: `resource_metadata "${raw}" is not an absolute URL (RFC 9728 §5.1).` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { problem: `resource_metadata "${raw}" is not an http(s) URL (RFC 9728 §3).` };
  return { url: parsed.href };
}
