import { MANAGEMENT_API } from '../../../../shared/sandbox/management-api.js';

/**
 * Logto gives resources and scopes random ids; the sandbox derives readable, stable ones from what the world keys
 * them by (an indicator, a permission name), so an id read once stays valid across world edits.
 */
export function resourceId(indicator: string): string {
  if (indicator === MANAGEMENT_API.indicator) return 'management-api';
  return indicator
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A resource scope's id: `<resource id>:<permission name>` (Logto's Management API scope is `management-api-all`). */
export function scopeId(indicator: string, name: string): string {
  const resource = resourceId(indicator);
  return resource === 'management-api' ? `management-api-${name}` : `${resource}:${name}`;
}

/** Organization scopes (organization permissions) are keyed by name in the world: the name is the id. */
export const organizationScopeId = (name: string): string => name;

/** Self-hosted Logto's tenant id, in every row it answers. */
export const TENANT_ID = 'default';

/**
 * The sandbox keeps no creation times: every object reads as created when the sandbox started (Logto's are the
 * row's insertion time, in epoch milliseconds).
 */
export const SANDBOX_STARTED_AT = Date.now();
