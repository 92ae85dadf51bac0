import type { KoaContextWithOIDC, OIDCProviderError, Provider, errors as OidcErrors } from 'oidc-provider';
import type { World } from '../../../../shared/sandbox/world.js';
import { intersectScopes, scopeWords } from '../../../../shared/oauth/granted-scopes.js';
import { organizationAudience } from '../../../../shared/oauth/reserved-resources.js';
import { OPENID_SCOPE, ORGANIZATIONS_SCOPE } from '../../../../shared/oauth/reserved-scopes.js';
import {
  findResource,
  organizationPermissions,
  organizationRoleIds,
} from '../../../../shared/sandbox/world-queries.js';
import { DEFAULT_ACCESS_TOKEN_TTL } from '../provider/resource-server-info.js';

type GrantHandler = (ctx: KoaContextWithOIDC) => Promise<void>;
/** oidc-provider's own handler of a grant, wrapped to answer `organization_id` as Logto does. */
type OrganizationGrant = (provider: Provider, original: GrantHandler, deps: OrganizationDeps) => GrantHandler;

export interface OrganizationDeps {
  world: () => World;
  errors: typeof OidcErrors;
  signingAlg: string;
}

/** Requests that asked for an organization token; oidc-provider's own handler runs first for them (refresh). */
export const organizationRequests = new WeakSet<object>();

export function forbidden(error: OIDCProviderError): OIDCProviderError {
  // Logto answers organization refusals with 403 where oidc-provider would use 400.
  error.status = 403;
  error.statusCode = 403;
  return error;
}

const splitScope = (value: unknown): string[] => scopeWords(value) ?? [];

function singleResource(ctx: KoaContextWithOIDC, deps: OrganizationDeps): string | undefined {
  const { resource } = ctx.oidc.params;
  if (Array.isArray(resource)) {
    if (resource.length > 1)
      throw new deps.errors.InvalidTarget('only a single resource indicator value is supported for this grant type');
    return resource[0];
  }
  if (resource !== undefined && !findResource(deps.world(), resource)) throw new deps.errors.InvalidTarget();
  return resource;
}

/** Logto's organization token: `aud` is the organization, or the resource plus an `organization_id` claim. */
function organizationResourceServer(
  provider: Provider,
  deps: OrganizationDeps,
  organizationId: string,
  resource: string | undefined,
  allowed: string[],
) {
  const audience = resource ?? organizationAudience(organizationId);
  const ttl = resource
    ? (findResource(deps.world(), resource)?.accessTokenTtl ?? DEFAULT_ACCESS_TOKEN_TTL)
    : DEFAULT_ACCESS_TOKEN_TTL;
  return new provider.ResourceServer(audience, {
    scope: allowed.join(' '),
    audience,
    accessTokenTTL: ttl,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: deps.signingAlg } },
  });
}

/** Saves `token` with the organization's resource server; the token response's fields for it. */
async function saveOrganizationToken<Token extends { resourceServer?: unknown; save(): Promise<string> }>(
  ctx: KoaContextWithOIDC,
  entity: 'AccessToken' | 'ClientCredentials',
  token: Token,
  server: Token['resourceServer'],
) {
  token.resourceServer = server;
  ctx.oidc.entity(entity, token);
  const value = await token.save();
  return {
    access_token: value,
    expires_in: (token as unknown as { expiration: number }).expiration,
    token_type: 'Bearer',
  };
}

/**
 * refresh_token with `organization_id`: the member's organization token. oidc-provider's handler still runs (it
 * checks and rotates the refresh token, and issues the ID token); its access token is then swapped for the
 * organization one, whose scopes are requested (or the refresh token's) ∩ the user's organization-role permissions.
 */
export const refreshWithOrganization: OrganizationGrant = (provider, original, deps) => async (ctx) => {
  const { params, client } = ctx.oidc;
  const organizationId = params.organization_id as string | undefined;
  if (!organizationId) return original(ctx);
  const refreshToken = await provider.RefreshToken.find(String(params.refresh_token), { ignoreExpiration: true });
  // Unknown, foreign or expired tokens: let oidc-provider refuse them the usual way.
  if (!refreshToken || refreshToken.clientId !== client?.clientId || !refreshToken.accountId) return original(ctx);

  const granted = new Set(splitScope(refreshToken.scope));
  if (!granted.has(ORGANIZATIONS_SCOPE)) {
    throw forbidden(new deps.errors.InsufficientScope('refresh token missing required scope', ORGANIZATIONS_SCOPE));
  }
  const roles = organizationRoleIds(deps.world(), { kind: 'user', id: refreshToken.accountId }, organizationId);
  if (!roles) throw forbidden(new deps.errors.AccessDenied('user is not a member of the organization'));

  const requested = params.scope ? splitScope(params.scope) : [...granted];
  const missing = requested.filter((s) => !granted.has(s));
  if (missing.length)
    throw new deps.errors.InvalidScope(
      `refresh token missing requested ${missing.length > 1 ? 'scopes' : 'scope'}`,
      missing.join(' '),
    );
  const resource = singleResource(ctx, deps);
  const grantedResources = [refreshToken.resource as string | string[] | undefined].flat().filter(Boolean);
  if (resource && !grantedResources.includes(resource)) throw new deps.errors.InvalidTarget();

  delete params.scope;
  delete params.resource;
  organizationRequests.add(ctx);
  await original(ctx);
  // As oidc-provider does for a refresh scope without openid (and Logto for the organization token): no ID token.
  const body = ctx.body as Record<string, unknown>;
  if (!requested.includes(OPENID_SCOPE)) delete body.id_token;

  const allowed = organizationPermissions(deps.world(), roles, resource);
  const scope = intersectScopes(requested, allowed).join(' ');
  const token = new provider.AccessToken({
    accountId: refreshToken.accountId,
    client,
    grantId: refreshToken.grantId,
    gty: 'refresh_token',
    scope,
  });
  const server = organizationResourceServer(provider, deps, organizationId, resource, allowed);
  ctx.body = { ...(ctx.body as object), ...(await saveOrganizationToken(ctx, 'AccessToken', token, server)), scope };
};

/** client_credentials with `organization_id`: an M2M organization token from the app's organization roles only. */
export const clientCredentialsWithOrganization: OrganizationGrant = (provider, original, deps) => async (ctx) => {
  const { params, client } = ctx.oidc;
  const organizationId = params.organization_id as string | undefined;
  if (!organizationId && params.resource === undefined && !deps.world().defaultResource) {
    // Logto has nothing to put in `aud` then, and says which parameters would give it one.
    throw new deps.errors.InvalidTarget('both `resource` and `organization_id` are not provided');
  }
  if (!organizationId || !client) return original(ctx);
  const roles = organizationRoleIds(deps.world(), { kind: 'app', id: client.clientId }, organizationId);
  if (!roles) throw forbidden(new deps.errors.AccessDenied('app has not associated with the organization'));
  const resource = singleResource(ctx, deps);
  const allowed = organizationPermissions(deps.world(), roles, resource);
  const scope = intersectScopes(splitScope(params.scope), allowed).join(' ');
  const token = new provider.ClientCredentials({ client, ...(scope ? { scope } : {}) });
  const server = organizationResourceServer(provider, deps, organizationId, resource, allowed);
  ctx.body = {
    ...(await saveOrganizationToken(ctx, 'ClientCredentials', token, server)),
    ...(scope ? { scope } : {}),
  };
};
