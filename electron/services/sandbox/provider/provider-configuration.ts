import { randomBytes } from 'node:crypto';
import type { AdapterPayload, KoaContextWithOIDC, OidcClient, errors as OidcErrors } from 'oidc-provider';
import type { World } from '../../../../shared/sandbox/world.js';
import { organizationOfAudiences } from '../../../../shared/oauth/reserved-resources.js';
import { findApplication } from '../../../../shared/sandbox/world-queries.js';
import { accountClaims, LOGTO_CLAIMS, logtoScopes } from './account-claims.js';
import { clientMetadata } from './client-metadata.js';
import { deviceSignedInPage, userCodeConfirmPage, userCodeInputPage } from '../pages/device-pages.js';
import { errorPage, signedOutPage, signOutPage } from '../pages/interaction-pages.js';
import { INTERACTION_PREFIX } from '../pages/interaction-routes.js';
import { organizationRequests } from '../tokens/organization-grants.js';
import { rotatesRefreshToken } from '../tokens/logto-rotation-rule.js';
import { tokenExtras } from '../tokens/token-extras.js';
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

/**
 * Routes where Logto applies the default API resource when no `resource` is sent. The device authorization request
 * plays the part of /auth (RFC 8628 §3.1), so it gets the same default.
 */
function usesDefaultResource(ctx: KoaContextWithOIDC): boolean {
  const { route, params } = ctx.oidc;
  return (
    route === 'authorization' ||
    route === 'pushed_authorization_request' ||
    route === 'device_authorization' ||
    params.grant_type === 'client_credentials'
  );
}

export function newCookieKeys(): string[] {
  return [randomBytes(32).toString('base64url')];
}

/** Logto keeps `scope: ""` in user tokens where upstream oidc-provider drops the claim; M2M tokens drop it. */
async function keepEmptyScope(
  _ctx: unknown,
  token: { kind?: string },
  jwt: { payload: Record<string, unknown> },
): Promise<void> {
  if (token.kind === 'AccessToken' && jwt.payload.scope === undefined) jwt.payload.scope = '';
}

/** Logto adds `organization_id` only when both `resource` and `organization_id` were sent; grants may add more. */
async function extraClaims(ctx: KoaContextWithOIDC | undefined, token: { resourceServer?: { audience?: string } }) {
  const claims: Record<string, unknown> = { ...tokenExtras(ctx) };
  const organizationId = ctx?.oidc?.params?.organization_id;
  const audience = token.resourceServer?.audience;
  const organizationToken = audience !== undefined && organizationOfAudiences([audience]) !== undefined;
  if (typeof organizationId === 'string' && audience && !organizationToken) claims.organization_id = organizationId;
  return Object.keys(claims).length ? claims : undefined;
}

/** Logto's lifetimes: access tokens follow their API resource (default 1 h), ID token 1 h, refresh token 14 days. */
function tokenLifetimes(): Record<string, unknown> {
  const accessTokenTtl = (_ctx: unknown, token: { resourceServer?: { accessTokenTTL?: number } }) =>
    token.resourceServer?.accessTokenTTL ?? DEFAULT_ACCESS_TOKEN_TTL;
  return {
    AccessToken: accessTokenTtl,
    ClientCredentials: accessTokenTtl,
    AuthorizationCode: 60,
    // RFC 8628 §3.2 expires_in; oidc-provider's default, stated so it stays put.
    DeviceCode: 600,
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

  // Clients registered through RFC 7591 live in the sandbox's store, beside the world's apps, which always win.
  const registered = new MemoryAdapter('Client', store);
  const clientAdapter = {
    async find(id: string) {
      const app = findApplication(world(), id);
      if (app) return clientMetadata(app, signingAlg, world().logto);
      return world().dynamicClientRegistration ? registered.find(id) : undefined;
    },
    upsert: (id: string, payload: AdapterPayload, expiresIn?: number) => registered.upsert(id, payload, expiresIn),
    destroy: (id: string) => registered.destroy(id),
  };

  return {
    adapter: (name: string) => (name === 'Client' ? clientAdapter : new MemoryAdapter(name, store)),
    jwks: { keys: keys.map((k) => k.jwk) },
    cookies: { keys: inputs.cookieKeys },
    extraClientMetadata: { properties: ['allowTokenExchange'] },
    // oidc-provider's defaults with the sandbox's signing algorithm: a client registered through RFC 7591 names none,
    // and RS256, oidc-provider's own default, is not one this sandbox signs with. World apps set theirs.
    clientDefaults: {
      grant_types: ['authorization_code'],
      id_token_signed_response_alg: signingAlg,
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    scopes: logtoScopes(world().logto),
    // oidc-provider's own rule, stated so it stays put: browsers may call the token endpoint from a public
    // client's redirect origins, and userinfo from any client's.
    clientBasedCORS: (
      ctx: KoaContextWithOIDC,
      origin: string,
      client: OidcClient & { redirectUris?: string[]; clientAuthMethod?: string },
    ) =>
      origin !== 'null' &&
      (ctx.oidc.route === 'userinfo' || client.clientAuthMethod === 'none') &&
      (client.redirectUris ?? []).some((uri) => URL.parse(uri)?.origin === origin),
    claims: LOGTO_CLAIMS,
    // oidc-provider's default plus what Logto's discovery says of request objects (it takes none).
    discovery: { claim_types_supported: ['normal'], request_parameter_supported: false },
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      const claims = accountClaims(world(), sub);
      return claims ? { accountId: sub, claims: async () => claims } : undefined;
    },
    // Logto's layout (its docs, docs.logto.io): device authorization at /oidc/device/auth, the user-code pages at /oidc/device.
    routes: { device_authorization: '/device/auth', code_verification: '/device' },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `${INTERACTION_PREFIX}/${interaction.uid}`,
    },
    rotateRefreshToken: (ctx: KoaContextWithOIDC) => rotatesRefreshToken(ctx, world()),
    // Logto's setting: ID tokens carry every claim the granted scopes release, whatever the access token is.
    conformIdTokenClaims: false,
    formats: { customizers: { jwt: keepEmptyScope } },
    extraTokenClaims: extraClaims,
    renderError: async (ctx: KoaContextWithOIDC & { type: string }, out: Record<string, unknown>) => {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
    enabledJWA: {
      idTokenSigningAlgValues: ['ES384', 'RS256'],
      // RFC 7523 §2.2 client assertions of private_key_jwt apps: Tokenscope signs ES256 (a generated key) or RS256
      // (an imported RSA key); HS256 is client_secret_jwt. oidc-provider's defaults plus ES384 for P-384 keys.
      // Logto 1.36 (oidc-provider 8) took oidc-provider 8's defaults only.
      clientAuthSigningAlgValues:
        world().logto === '1.36'
          ? ['HS256', 'RS256', 'PS256', 'ES256', 'EdDSA']
          : ['HS256', 'RS256', 'PS256', 'ES256', 'ES384', 'Ed25519', 'EdDSA'],
    },
    // Everything oidc-provider offers; which one an app must use is its own metadata (client-metadata.ts).
    clientAuthMethods: ['client_secret_basic', 'client_secret_jwt', 'client_secret_post', 'private_key_jwt', 'none'],
    ttl: tokenLifetimes(),
    features: {
      devInteractions: { enabled: false },
      // RFC 9449. Logto 1.36 (its oidc-provider 8 fork) did not offer it: no DPoP in discovery nor in challenges.
      dPoP: { enabled: world().logto !== '1.36' },
      clientCredentials: { enabled: true },
      // RFC 7591, when the world opens it (Logto has none): anyone may register, as MCP clients expect.
      registration: { enabled: world().dynamicClientRegistration === true },
      // OpenID Connect Back-Channel Logout 1.0, on in Logto; world apps register no logout URI, so it calls none.
      backchannelLogout: { enabled: true },
      // RFC 7662 §4 / RFC 7009 §2.1: a client may only look at or revoke its own tokens.
      introspection: {
        enabled: true,
        allowedPolicy: async (_ctx: unknown, client: OidcClient, token: { clientId?: string }) =>
          token.clientId === client.clientId,
      },
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx: unknown, client: OidcClient, token: { clientId?: string }) => {
          if (token.clientId === client.clientId) return true;
          throw new errors.InvalidRequest('client is not authorized to revoke the presented token');
        },
      },
      userinfo: { enabled: true },
      // RFC 8628, for the apps whose grant_types list device_code (native apps, client-metadata.ts).
      deviceFlow: {
        enabled: world().logto !== '1.36',
        userCodeInputSource: userCodeInputPage,
        userCodeConfirmSource: userCodeConfirmPage,
        successSource: deviceSignedInPage,
      },
      // Our own pages: oidc-provider's defaults load web fonts, and the sandbox runs offline.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = signOutPage(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          const client = ctx.oidc.client as (OidcClient & { clientName?: string }) | undefined;
          ctx.body = signedOutPage(client?.clientName ?? client?.clientId);
        },
      },
      resourceIndicators: {
        enabled: true,
        async defaultResource(ctx: KoaContextWithOIDC, _client: OidcClient, oneOf?: string[]) {
          // An organization refresh swaps the access token anyway; any granted resource will do for the discarded one.
          if (oneOf) return organizationRequests.has(ctx) ? oneOf[0] : oneOf;
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
