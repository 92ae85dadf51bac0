import type { DoctorRule } from '../doctor-finding.js';
import { appRef } from '../object-refs.js';

/**
 * No default API: a sign-in that sends no `resource` gets an opaque access token, good only for userinfo (Logto
 * docs, "API resources": the default API is used when no resource is given; RFC 8707 leaves it to the server).
 */
export const noDefaultApi: DoctorRule = {
  id: 'no-default-api',
  title: 'sign-ins that will get opaque tokens because no default API exists',
  needs: ['resources', 'applications'],
  check(tenant) {
    const hasDefault = tenant.defaultResource !== undefined || tenant.resources.some((r) => r.isDefault);
    const signIns = tenant.applications.filter((a) => ['Native', 'SPA', 'Traditional'].includes(a.type));
    if (hasDefault || signIns.length === 0) return [];
    return [
      {
        rule: this.id,
        severity: 'warning' as const,
        title: `No default API: ${signIns.length} app(s) that sign users in get opaque tokens unless they send resource`,
        objects: [{ kind: 'tenant' as const, id: 'default API', name: 'default API' }, ...signIns.map(appRef)],
        why: 'Without a default API, an access token from a sign-in or refresh without `resource` is opaque: an API cannot verify it, only /oidc/me accepts it.',
        fix: 'Make the API these apps call the default (Logto Console → API resources → the API → "Set as default API"), or have every app send resource=<the API> when it signs in.',
      },
    ];
  },
};
