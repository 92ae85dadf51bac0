import type { TenantReadProblem } from '../tenant/read-problem.js';
import type { Tenant } from '../tenant/tenant.js';
import type { ManagementApiTarget } from '../tenant/management-api-target.js';

/** A connection's Management API access as the renderer may see it: never the secret. */
export interface ManagementAccessSummary {
  connectionId: string;
  /** The tenant's M2M app whose token reads the Management API. */
  clientId: string;
  hasSecret: boolean;
  endpoint: string;
  /** The Management API's indicator, and why it is that one (`describeIndicator`). */
  managementApi: string;
  managementApiFrom: ManagementApiTarget['indicatorFrom'];
  why: string;
}

/**
 * One read of a tenant: `complete` only when every collection was read whole; `partial` carries the tenant with its
 * gaps; `failed` has no tenant, only the problem and its fix.
 */
export interface TenantReadResult {
  connectionId: string;
  readId: string;
  status: 'complete' | 'partial' | 'failed';
  tenant?: Tenant;
  problem?: TenantReadProblem;
  /** Requests made (the token's included), each in the read's timeline (`getTenantReadTimeline`). */
  requests: number;
  durationMs: number;
  /** True when this is the cached read, not a new one. */
  cached: boolean;
  /** The read used the app's token from an earlier read (ISO 8601 times): it made no token request. */
  tokenReused?: { obtainedAt: string; expiresAt: string };
}
