import type { InspectApi } from '../../../shared/contract/methods/inspect-methods.js';
import { decodeToken } from '../../../shared/token/decode.js';
import type { DecodedToken } from '../../../shared/token/decoded-token.js';
import { diffScopes, type ScopeDiff } from '../../../shared/inspect/scope-diff.js';
import { scopeWorldFromTenant } from '../../../shared/explain/scope-world-from-tenant.js';
import { tenantForToken, type ReadTenants } from '../tenant-explain/tenant-for-token.js';
import { compareWithRoles } from '../tenant-explain/compare-with-roles.js';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';
import { comparePatAndM2m } from '../inspect/sandbox-comparison.js';

/**
 * Why scopes are missing from `token`. Used for the inspector's pasted tokens, and by the run list for every run
 * as it is recorded, so the renderer never sends a run's token back to have it explained.
 */
export function explainScopes(
  { token, request, grantedScope }: ScopeQuestion,
  sandbox: SandboxHandle | undefined,
  readTenants?: ReadTenants,
  /** The token already decoded (a run's result holds it): used only when it is this very token. */
  known?: DecodedToken,
): ScopeDiff {
  const decoded = known && known.raw === token.trim() ? known : decodeToken(token);
  const payload = decoded.kind === 'jwt' ? decoded.payload : {};
  // The sandbox's token by its world, a read tenant's by that tenant; for any other issuer the reasons stay "likely".
  const tenant = tenantForToken(payload, sandbox, readTenants);
  const world = tenant ? scopeWorldFromTenant(tenant, payload) : undefined;
  return diffScopes({ token: payload, request, grantedScope, world });
}

export interface ScopeQuestion {
  token: string;
  request: { resources: string[]; scopes: string[]; organizationId?: string };
  grantedScope?: string;
}

/** The running sandbox at call time: it may start late or fail, and its world changes without a restart. */
type CurrentSandbox = () => SandboxHandle | { error: string };

/** The inspector's calls beyond `inspectToken`: why scopes are missing, and the sandbox's PAT vs M2M comparison. */
export function createInspectApi(
  currentSandbox: CurrentSandbox,
  readTenants?: ReadTenants,
): Omit<InspectApi, 'inspectToken'> {
  const running = () => {
    const sandbox = currentSandbox();
    return 'issuer' in sandbox ? sandbox : undefined;
  };
  return {
    explainScopes: async (argument) => explainScopes(argument, running(), readTenants),
    compareWithRoles: async ({ a, b }) => compareWithRoles(a, b, running(), readTenants),
    async compareSandboxPatAndM2m(request) {
      const sandbox = currentSandbox();
      if (!('issuer' in sandbox))
        throw new Error(
          `The sandbox is not running (${sandbox.error}), so it cannot issue the two tokens. Start it from the Sandbox view.`,
        );
      return { issuer: sandbox.issuer, ...(await comparePatAndM2m(sandbox, request ?? {})) };
    },
  };
}
