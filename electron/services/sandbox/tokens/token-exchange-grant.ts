import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import type { KoaContextWithOIDC, Provider, errors as OidcErrors } from 'oidc-provider';
import type { World, WorldUser } from '../../../../shared/sandbox/world.js';
import { TOKEN_EXCHANGE_GRANT } from '../../../../shared/oauth/grant-types.js';
import { intersectScopes, scopeWords } from '../../../../shared/oauth/granted-scopes.js';
import { organizationAudience } from '../../../../shared/oauth/reserved-resources.js';
import { OPENID_SCOPE } from '../../../../shared/oauth/reserved-scopes.js';
import { ACCESS_TOKEN_TYPE, PAT_TOKEN_TYPE } from '../../../../shared/oauth/token-types.js';
import {
  findResource,
  findUser,
  organizationPermissions,
  organizationRoleIds,
  userPermissions,
} from '../../../../shared/sandbox/world-queries.js';
import { forbidden } from './organization-grants.js';
import type { SubjectTokens } from './subject-tokens.js';
import { addTokenExtras } from './token-extras.js';
import { DEFAULT_ACCESS_TOKEN_TTL, resourceServerInfo } from '../provider/resource-server-info.js';

const PARAMETERS = [
  'subject_token',
  'subject_token_type',
  'resource',
  'scope',
  'organization_id',
  'actor_token',
  'actor_token_type',
];

/** The user a PAT belongs to, when it exists and has not expired (Logto: reusable until `expiresAt`). */
export function findPatOwner(world: World, value: string, now = Date.now()): WorldUser | undefined {
  return world.users.find((user) =>
    (user.personalAccessTokens ?? []).some(
      (pat) => pat.value === value && (pat.expiresAt === undefined || Date.parse(pat.expiresAt) > now),
    ),
  );
}

export interface TokenExchangeDeps {
  world: () => World;
  errors: typeof OidcErrors;
  signingAlg: string;
  subjectTokens: SubjectTokens;
  /** The sandbox's public keys, to accept its own JWT access tokens as subject tokens. */
  publicJwks: JSONWebKeySet;
}

/**
 * RFC 8693 token exchange as Logto does it: personal access tokens, and as `access_token` subject tokens either
 * impersonation tokens (`sub_...`) or a user's access token from this sandbox. The token acts as the user: `sub` is the user and the
 * scopes are requested ∩ the user's role permissions, with no consent step. The response has no refresh token, no ID
 * token and no `issued_token_type`, as Logto answers. The grant only reaches apps with allowTokenExchange, because
 * only those list it in grant_types (oidc-provider answers the others "requested grant type is not allowed").
 */
export function registerTokenExchange(provider: Provider, deps: TokenExchangeDeps): void {
  const { world, errors, signingAlg, subjectTokens } = deps;

  /** The user behind an access token this sandbox issued (opaque or JWT); M2M tokens act for no user. */
  async function accessTokenUser(token: string): Promise<string | undefined> {
    if (token.split('.').length !== 3) return (await provider.AccessToken.find(token))?.accountId;
    try {
      const { payload } = await jwtVerify(token, createLocalJWKSet(deps.publicJwks), {
        issuer: provider.issuer,
        typ: 'at+jwt',
      });
      return payload.sub !== payload.client_id ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }

  async function subjectUser(current: World, token: string, type: string | undefined): Promise<WorldUser | undefined> {
    if (type === PAT_TOKEN_TYPE) return findPatOwner(current, token);
    if (type === ACCESS_TOKEN_TYPE) {
      const userId = token.startsWith('sub_') ? subjectTokens.consume(token) : await accessTokenUser(token);
      return userId ? findUser(current, userId) : undefined;
    }
    throw new errors.InvalidRequest(
      `unsupported subject_token_type; the sandbox exchanges ${PAT_TOKEN_TYPE} and ${ACCESS_TOKEN_TYPE} (a sub_ impersonation token or a user's access token)`,
    );
  }

  async function handler(ctx: KoaContextWithOIDC): Promise<void> {
    const params = ctx.oidc.params as Record<string, string | undefined>;
    const client = ctx.oidc.client!;
    if (!(client as unknown as { allowTokenExchange?: boolean }).allowTokenExchange) {
      // Logto 1.36 (every app reaches this grant there, client-metadata.ts).
      const refused = new errors.InvalidClient('token exchange is not allowed for this application');
      refused.status = 400;
      refused.statusCode = 400;
      throw refused;
    }
    if (!params.subject_token) throw new errors.InvalidRequest("missing required parameter 'subject_token'");
    const current = world();
    const user = await subjectUser(current, params.subject_token, params.subject_token_type);
    if (!user) throw new errors.InvalidGrant();

    await applyActor(ctx, params);
    const requested = scopeWords(params.scope) ?? [];
    const grant = new provider.Grant({ accountId: user.id, clientId: client.clientId });
    const token = new provider.AccessToken({ accountId: user.id, client, gty: 'token-exchange' });

    // Logto applies no default API here: without `resource` (or `organization_id`) the token is opaque.
    const resource = params.resource;
    const organizationId = params.organization_id;
    let scope = '';
    if (organizationId) {
      const roles = organizationRoleIds(current, { kind: 'user', id: user.id }, organizationId);
      if (!roles) throw forbidden(new errors.AccessDenied('user is not a member of the organization'));
      if (resource && !findResource(current, resource)) throw new errors.InvalidTarget();
      const held = new Set(organizationPermissions(current, roles, resource));
      scope = intersectScopes(requested, held).join(' ');
      const audience = resource ?? organizationAudience(organizationId);
      token.resourceServer = new provider.ResourceServer(audience, {
        scope: [...held].join(' '),
        audience,
        accessTokenTTL: (resource && findResource(current, resource)?.accessTokenTtl) || DEFAULT_ACCESS_TOKEN_TTL,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: signingAlg } },
      });
    } else if (resource) {
      const info = resourceServerInfo(current, ctx, resource, client, signingAlg, () => new errors.InvalidTarget());
      scope = intersectScopes(requested, userPermissions(current, user.id, resource)).join(' ');
      grant.addResourceScope(resource, scope);
      token.resourceServer = new provider.ResourceServer(resource, { ...info });
    } else {
      scope = intersectScopes(requested, [OPENID_SCOPE]).join(' ');
      if (scope) grant.addOIDCScope(scope);
    }
    token.scope = scope;
    token.grantId = await grant.save();

    ctx.oidc.entity('AccessToken', token);
    const value = await token.save();
    ctx.body = {
      access_token: value,
      expires_in: (token as unknown as { expiration: number }).expiration,
      scope,
      token_type: 'Bearer',
    };
  }
  /** RFC 8693 §4.1: with an actor token, the issued token says who acts for the user in `act`. */
  async function applyActor(ctx: KoaContextWithOIDC, params: Record<string, string | undefined>): Promise<void> {
    if (params.actor_token === undefined) return;
    if (params.actor_token_type !== ACCESS_TOKEN_TYPE) {
      throw new errors.InvalidRequest(
        `unsupported actor_token_type; the sandbox accepts ${ACCESS_TOKEN_TYPE} (an opaque access token it issued)`,
      );
    }
    const actor = await provider.AccessToken.find(params.actor_token);
    if (!actor?.accountId) throw new errors.InvalidGrant('invalid actor token');
    addTokenExtras(ctx, { act: { sub: actor.accountId } });
  }

  provider.registerGrantType(TOKEN_EXCHANGE_GRANT, handler, PARAMETERS, ['resource']);
}
