import { randomBytes } from 'node:crypto';
import type { KoaContextWithOIDC, OidcClient, errors as OidcErrors } from 'oidc-provider';
import type { World } from '../../../shared/sandbox/world.js';
import { findApplication } from '../../../shared/sandbox/world-queries.js';
import { clientMetadata } from './client-metadata.js';
import { MemoryAdapter, type SandboxStore } from './memory-adapter.js';
import { DEFAULT_ACCESS_TOKEN_TTL, resourceServerInfo } from './resource-server-info.js';
import type { SigningKey } from './signing-keys.js';

export interface ConfigurationInputs {
  world: () => World;
  store: SandboxStore;
  /** Active key first: oidc-provider signs with the first key matching the algorithm. */
  keys: SigningKey[];
  errors: typeof OidcErrors;
  cookieKeys: string[];
}

/** Routes where Logto applies the default API resource when no `resource` is sent. */
function usesDefaultResource(ctx: KoaContextWithOIDC): boolean {
  const { route, params } = ctx.oidc;
  return route === 'authorization' || route === 'pushed_authorization_request' || params.grant_type === 'client_credentials';
}

export function newCookieKeys(): string[] {
  return [randomBytes(32).toString('base64url')];
}

/** Logto's lifetimes: access tokens follow their API resource (default 1 h), ID token 1 h, refresh token 14 days. */
function tokenLifetimes(): Record<string, unknown> {
  const accessTokenTtl = (_ctx: unknown, token: { resourceServer?: { accessTokenTTL?: number } }) =>
    token.resourceServer?.accessTokenTTL ?? DEFAULT_ACCESS_TOKEN_TTL;
  return {
    AccessToken: accessTokenTtl,
    ClientCredentials: accessTokenTtl,
    AuthorizationCode: 60,
    IdToken: 3600,
    RefreshToken: 14 * 24 * 3600,
    Interaction: 3600,
    Session: 14 * 24 * 3600,
    Grant: 14 * 24 * 3600,
  };
}

/** The oidc-provider configuration that makes it answer like a Logto tenant serving `world()`. */
export function providerConfiguration(inputs: ConfigurationInputs): Record<string, unknown> {
  const { world, store, keys, errors } = inputs;
  const signingAlg = keys[0]!.alg;

  const clientAdapter = {
    async find(id: string) {
      const app = findApplication(world(), id);
      return app ? clientMetadata(app, signingAlg) : undefined;
    },
  };

  return {
    adapter: (name: string) => (name === 'Client' ? clientAdapter : new MemoryAdapter(name, store)),
    jwks: { keys: keys.map((k) => k.jwk) },
    cookies: { keys: inputs.cookieKeys },
    extraClientMetadata: { properties: ['allowTokenExchange'] },
    enabledJWA: { idTokenSigningAlgValues: ['ES384', 'RS256'] },
    ttl: tokenLifetimes(),
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        async defaultResource(ctx: KoaContextWithOIDC, _client: OidcClient, oneOf?: string[]) {
          if (oneOf) return oneOf;
          return usesDefaultResource(ctx) ? world().defaultResource : undefined;
        },
        async useGrantedResource() {
          return false;
        },
        async getResourceServerInfo(ctx: KoaContextWithOIDC, indicator: string, client: OidcClient) {
          return resourceServerInfo(world(), ctx, indicator, client, signingAlg, () => new errors.InvalidTarget());
        },
      },
    },
  };
}
