import type { TenantReadResult } from '../../../shared/contract/tenant-read.js';
import { endpointOfIssuer } from '../../../shared/tenant/management-api-target.js';
import type { Tenant } from '../../../shared/tenant/tenant.js';
import type { ReadTenants } from './tenant-for-token.js';

/**
 * The tenants the user read, by endpoint, so a token is explained by the tenant its `iss` names (a Logto issuer is
 * `<endpoint>/oidc`). The last read of an endpoint wins; a failed read leaves the previous one.
 */
export function createReadTenants(): { remember(result: TenantReadResult | null): void; forIssuer: ReadTenants } {
  const byEndpoint = new Map<string, Tenant>();
  return {
    remember(result) {
      const tenant = result?.tenant;
      if (tenant?.source.kind === 'tenant-url') byEndpoint.set(tenant.source.endpoint, tenant);
    },
    forIssuer: (issuer) => byEndpoint.get(endpointOfIssuer(issuer)),
  };
}
