import { findingPerObject } from '../finding-per-object.js';
import { resourceRef } from '../object-refs.js';

/** API resources that define no permission: their tokens carry no scope, so the API can only check the audience. */
export const resourcesWithoutPermissions = findingPerObject({
  id: 'resource-without-permissions',
  title: 'API resources without permissions',
  needs: ['resources'],
  flagged: (tenant) => tenant.resources.filter((resource) => resource.permissions.length === 0),
  finding: (resource) => ({
    severity: 'warning',
    title: `${resource.name} defines no permission`,
    objects: [resourceRef(resource)],
    why: `Every token for ${resource.indicator} has an empty scope: the API cannot tell a reader from an admin, only that the token is for it (RFC 8707 audience).`,
    fix: `Add the permissions the API checks (e.g. read:…, write:…) to ${resource.name} (Logto Console → API resources → Permissions), then grant them through roles.`,
  }),
});
