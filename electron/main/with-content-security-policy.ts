import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.js';

export { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.js';

export type ResponseHeaders = Record<string, string | string[]>;

/** Response headers with our policy instead of any the response brought. */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  policy = CONTENT_SECURITY_POLICY,
): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
