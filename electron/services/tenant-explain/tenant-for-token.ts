import type { Tenant } from '../../../shared/tenant/tenant.js';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';
import { sandboxTenant } from './sandbox-tenant.js';

/** A tenant read over its Management API and kept by the main side, by the issuer its tokens name. */
export type ReadTenants = (issuer: string) => Tenant | undefined;

/**
 * The tenant that explains a token: the sandbox's world for the sandbox's tokens, a tenant the user read for its
 * own, nothing otherwise (then the reasons stay "likely"). Chosen by the token's `iss`, never assumed.
 */
export function tenantForToken(
  payload: Record<string, unknown>,
  sandbox: SandboxHandle | undefined,
  readTenants?: ReadTenants,
): Tenant | undefined {
  const issuer = typeof payload.iss === 'string' ? payload.iss : undefined;
  if (!issuer) return undefined;
  if (sandbox && issuer === sandbox.issuer) return sandboxTenant(sandbox.world);
  return readTenants?.(issuer);
}
