import type { KoaContextWithOIDC, OidcClient } from 'oidc-provider';
import type { World } from '../../../shared/sandbox/world.js';
import { applicationPermissions, findResource } from '../../../shared/sandbox/world-queries.js';

export const DEFAULT_ACCESS_TOKEN_TTL = 3600;

export interface ResourceServerInfo {
  scope: string;
  audience: string;
  accessTokenTTL: number;
  accessTokenFormat: 'jwt';
  jwt: { sign: { alg: string } };
}

/**
 * What oidc-provider may grant on one API resource. The scope list is the ceiling of what can be granted here:
 * for client_credentials it is the app's M2M-role permissions, so the grant drops the rest silently as Logto does.
 * Unknown indicators are `invalid_target` (RFC 8707 §2).
 */
export function resourceServerInfo(
  world: World,
  ctx: KoaContextWithOIDC,
  indicator: string,
  client: OidcClient | undefined,
  signingAlg: string,
  invalidTarget: () => Error,
): ResourceServerInfo {
  const resource = findResource(world, indicator);
  if (!resource) throw invalidTarget();
  const all = resource.permissions.map((p) => p.name);
  const scopes =
    ctx.oidc.params.grant_type === 'client_credentials' && client
      ? applicationPermissions(world, client.clientId, indicator)
      : all;
  return {
    scope: scopes.join(' '),
    audience: resource.indicator,
    accessTokenTTL: resource.accessTokenTtl ?? DEFAULT_ACCESS_TOKEN_TTL,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: signingAlg } },
  };
}
