import type { World } from './world.js';
import { sampleApiUrl, type SampleApi } from './sample-api.js';
import { DPOP_ALGORITHMS } from './dpop-algorithms.js';

/** RFC 9728 §2: the members the sandbox's sample API publishes about itself. */
export interface ProtectedResourceMetadata {
  resource: string;
  authorization_servers: string[];
  scopes_supported?: string[];
  bearer_methods_supported: string[];
  resource_name?: string;
  dpop_signing_alg_values_supported?: string[];
  dpop_bound_access_tokens_required?: boolean;
}

/**
 * The metadata of one sample API. `resource` is the URL it is served at (RFC 9728 §3.3: identical to the URL the
 * metadata's well-known path was inserted into); its scopes are the world resource's permissions; tokens go in the
 * Authorization header only (RFC 6750 §2.1; the sample API reads no form body nor query for them).
 */
export function sampleApiMetadata(
  world: World,
  origin: string,
  issuer: string,
  api: SampleApi,
): ProtectedResourceMetadata {
  const resource = world.resources.find((r) => r.indicator === api.indicator);
  return {
    resource: sampleApiUrl(origin, api),
    authorization_servers: [issuer],
    ...(resource ? { scopes_supported: resource.permissions.map((p) => p.name), resource_name: resource.name } : {}),
    bearer_methods_supported: ['header'],
    dpop_signing_alg_values_supported: [...DPOP_ALGORITHMS],
    ...(resource?.dpopBoundAccessTokensRequired ? { dpop_bound_access_tokens_required: true } : {}),
  };
}

/**
 * The origin's own metadata (the root well-known). The origin itself serves no API, so it names the origin as its
 * resource and no scopes: a client that calls a sample API must use that API's path-inserted metadata, and one that
 * falls back to this document for it finds `resource` differs from the URL it called, which RFC 9728 §3.3 tells it
 * to refuse.
 */
export function sandboxOriginMetadata(origin: string, issuer: string): ProtectedResourceMetadata {
  return {
    resource: origin,
    authorization_servers: [issuer],
    bearer_methods_supported: ['header'],
    resource_name: 'Tokenscope sandbox',
  };
}
