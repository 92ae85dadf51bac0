/**
 * Well-known URLs built by inserting the well-known segment between the host and the path, the rule RFC 9728 §3.1
 * (protected resources) and RFC 8414 §3.1 (authorization servers) share: a terminating "/" after the host is removed,
 * then `/.well-known/<suffix>` goes before the path and query. A fragment is never part of an identifier.
 */
export function insertWellKnown(identifier: string, suffix: string): string {
  const url = new URL(identifier);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.origin}/.well-known/${suffix}${path}${url.search}`;
}

/** OpenID Connect Discovery 1.0 §4.1: the well-known segment is appended to the issuer, path and all. */
export function appendWellKnown(issuer: string, suffix: string): string {
  const url = new URL(issuer);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/.well-known/${suffix}`;
}

export const PROTECTED_RESOURCE_SUFFIX = 'oauth-protected-resource';
export const AUTHORIZATION_SERVER_SUFFIX = 'oauth-authorization-server';
export const OPENID_CONFIGURATION_SUFFIX = 'openid-configuration';

/** Where an authorization server's metadata is looked for, in order: RFC 8414 §3.1, then OpenID Discovery §4. */
export function authorizationServerMetadataUrls(issuer: string): { url: string; kind: 'oauth2' | 'oidc' }[] {
  return [
    { url: insertWellKnown(issuer, AUTHORIZATION_SERVER_SUFFIX), kind: 'oauth2' },
    { url: appendWellKnown(issuer, OPENID_CONFIGURATION_SUFFIX), kind: 'oidc' },
  ];
}
