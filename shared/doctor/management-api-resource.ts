import type { Tenant, TenantResource } from '../tenant/tenant.js';
import { MANAGEMENT_API } from '../sandbox/management-api.js';

/**
 * Logto's own Management API: `https://default.logto.app/api` self-hosted, `https://<tenant-id>.logto.app/api` on
 * Logto Cloud (Logto docs, "Interact with Management API"), or the indicator the tenant was read through.
 */
export function isManagementApi(tenant: Pick<Tenant, 'source'>, resource: Pick<TenantResource, 'indicator'>): boolean {
  const indicator = resource.indicator;
  if (indicator === MANAGEMENT_API.indicator) return true;
  if (tenant.source.kind === 'tenant-url' && indicator === tenant.source.managementApi) return true;
  return /^https:\/\/[a-z0-9-]+\.logto\.app\/api$/.test(indicator);
}
