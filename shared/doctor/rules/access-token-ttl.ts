import { findingPerObject } from '../finding-per-object.js';
import { resourceRef } from '../object-refs.js';

/** Logto's default access-token lifetime for an API resource, in seconds (Logto docs, "API resources"). */
export const DEFAULT_ACCESS_TOKEN_TTL = 3600;
/** Shorter than this, clients refresh constantly and clock skew between servers starts to reject tokens. */
export const SHORT_TTL = 300;
/** Longer than this (4× the default), a leaked JWT stays good for hours: nothing revokes it before `exp`. */
export const LONG_TTL = 4 * DEFAULT_ACCESS_TOKEN_TTL;
/** Longer than a day is an error: a stolen token outlives any incident response. */
export const TOO_LONG_TTL = 86_400;

const hours = (seconds: number) => `${Math.round((seconds / 3600) * 10) / 10} h`;

/** API resources whose access-token lifetime is far from Logto's default of one hour. */
export const accessTokenTtl = findingPerObject({
  id: 'access-token-ttl',
  title: 'access-token TTLs far from the default',
  needs: ['resources'],
  flagged: (tenant) =>
    tenant.resources.filter(
      (r) => r.accessTokenTtl !== undefined && (r.accessTokenTtl < SHORT_TTL || r.accessTokenTtl > LONG_TTL),
    ),
  finding: (resource) => {
    const ttl = resource.accessTokenTtl!;
    const short = ttl < SHORT_TTL;
    return {
      severity: ttl > TOO_LONG_TTL ? 'error' : 'warning',
      title: `${resource.name}'s access tokens live ${ttl} s (${hours(ttl)}); the default is ${DEFAULT_ACCESS_TOKEN_TTL} s`,
      objects: [resourceRef(resource)],
      why: short
        ? 'Clients must refresh every few minutes, and a few seconds of clock skew between the API and Logto make fresh tokens look expired.'
        : 'A JWT access token cannot be revoked before its `exp` (the API checks it offline, RFC 9068): a leaked one stays usable that long.',
      fix: `Set ${resource.name}'s token expiration nearer ${DEFAULT_ACCESS_TOKEN_TTL} s (Logto Console → API resources → ${resource.name}); use refresh tokens for long sessions.`,
    };
  },
});
