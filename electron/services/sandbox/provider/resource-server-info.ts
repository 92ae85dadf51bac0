import type { KoaContextWithOIDC, OidcClient } from 'oidc-provider';
import type { World } from '../../../../shared/sandbox/world.js';
import { ORGANIZATIONS_RESOURCE } from '../../../../shared/oauth/reserved-resources.js';
import {
  applicationPermissions,
  findResource,
  organizationPermissionNames,
  userPermissions,
} from '../../../../shared/sandbox/world-queries.js';

export const DEFAULT_ACCESS_TOKEN_TTL = 3600;

export interface ResourceServerInfo {
  scope: string;
  audience: string;
  accessTokenTTL: number;
  accessTokenFormat: 'jwt';
  jwt: { sign: { alg: string } };
}

/** Logto's reserved resource: consenting to it puts organization permissions into the grant and refresh token. */
function organizationResourceInfo(world: World, signingAlg: string): ResourceServerInfo {
  return {
    scope: organizationPermissionNames(world).join(' '),
    audience: ORGANIZATIONS_RESOURCE,
    accessTokenTTL: DEFAULT_ACCESS_TOKEN_TTL,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: signingAlg } },
  };
}

/** The user a token request acts for, once oidc-provider has loaded the grant (code and refresh exchanges). */
function tokenRequestAccount(ctx: KoaContextWithOIDC): string | undefined {
  if (ctx.oidc.route !== 'token') return undefined;
  return (ctx.oidc.entities.Grant as { accountId?: string } | undefined)?.accountId;
}

/**
 * The ceiling of what oidc-provider may grant on one API resource in this request; it drops the rest silently, as
 * Logto does. At /auth every permission can be asked for (the consent page shows them all). At the token endpoint
 * the ceiling is what the subject holds right now: the user's roles for code and refresh exchanges, the app's M2M
 * roles for client_credentials. Unknown indicators are `invalid_target` (RFC 8707 §2).
 */
export function resourceServerInfo(
  world: World,
  ctx: KoaContextWithOIDC,
  indicator: string,
  client: OidcClient | undefined,
  signingAlg: string,
  invalidTarget: () => Error,
): ResourceServerInfo {
  if (indicator === ORGANIZATIONS_RESOURCE) return organizationResourceInfo(world, signingAlg);
  const resource = findResource(world, indicator);
  if (!resource) throw invalidTarget();
  const accountId = tokenRequestAccount(ctx);
  let scopes: string[];
  if (ctx.oidc.params.grant_type === 'client_credentials' && client)
    scopes = applicationPermissions(world, client.clientId, indicator);
  else if (accountId) scopes = userPermissions(world, accountId, indicator);
  else scopes = resource.permissions.map((p) => p.name);
  return {
    scope: scopes.join(' '),
    audience: resource.indicator,
    accessTokenTTL: resource.accessTokenTtl ?? DEFAULT_ACCESS_TOKEN_TTL,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: signingAlg } },
  };
}
