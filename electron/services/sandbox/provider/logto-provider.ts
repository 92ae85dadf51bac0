import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { SandboxStore } from './memory-adapter.js';
import {
  clientCredentialsWithOrganization,
  refreshWithOrganization,
  type OrganizationDeps,
} from '../tokens/organization-grants.js';
import { withReuseGrace } from '../tokens/refresh-reuse-grace.js';

type GrantHandler = (ctx: KoaContextWithOIDC) => Promise<void>;

export interface LogtoProviderDeps extends OrganizationDeps {
  store: SandboxStore;
}

/**
 * oidc-provider with Logto's additions to its built-in grants: `organization_id` on refresh_token and
 * client_credentials, and the refresh-token reuse grace period. oidc-provider registers its grants from its own
 * constructor, so overriding registerGrantType is where their handlers can be wrapped.
 */
export function logtoProvider(Base: typeof Provider, deps: LogtoProviderDeps): typeof Provider {
  return class LogtoLikeProvider extends Base {
    override registerGrantType(
      name: string,
      handler: GrantHandler,
      params?: string[] | Set<string>,
      dupes?: string[] | Set<string>,
    ): void {
      const withOrganization = new Set([...(params ?? []), 'organization_id']);
      if (name === 'refresh_token') {
        const wrapped = withReuseGrace(this, refreshWithOrganization(this, handler, deps), deps.store);
        return super.registerGrantType(name, wrapped, withOrganization, dupes);
      }
      if (name === 'client_credentials') {
        return super.registerGrantType(
          name,
          clientCredentialsWithOrganization(this, handler, deps),
          withOrganization,
          dupes,
        );
      }
      return super.registerGrantType(name, handler, params, dupes);
    }
  };
}
