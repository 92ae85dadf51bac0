/**
 * A second authorization server for the tests, set up unlike the Logto-like sandbox: plain oidc-provider with a
 * path in the issuer (`http://127.0.0.1:<port>/tenant/a`), RS256 keys, no DPoP, `client_secret_post` as the only
 * client authentication, confidential clients whose refresh tokens never rotate, a bare 403 with an empty body on
 * bad client credentials, two API resources with their scopes and no default one, and token exchange that answers
 * per RFC 8693 (with `issued_token_type`). Start it with `startPlainOidcServer()`; sign in with `plainSignIn()` over
 * HTTP, or in Chromium: a "Username" and a "Password" field and a "Sign in" button (users in PLAIN_USERS), then an
 * "Allow" button on the consent page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, type JWK } from 'jose';
import type { KoaContextWithOIDC, OidcClient } from 'oidc-provider';
import { loadOidcProvider } from '../../electron/services/sandbox/provider/load-oidc-provider.js';
import { MemoryAdapter, SandboxStore } from '../../electron/services/sandbox/provider/memory-adapter.js';
import { readBody } from '../../electron/services/sandbox/pages/read-form-body.js';
import { browse, decodeEntities, FORM_HEADERS } from '../integration/sandbox-sign-in.js';
import { startedForFile } from './for-file.js';

import { TOKEN_EXCHANGE_GRANT } from '../../shared/oauth/grant-types.js';
import { ACCESS_TOKEN_TYPE } from '../../shared/oauth/token-types.js';

export { ACCESS_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT };
export const PLAIN_ISSUER_PATH = '/tenant/a';

/** The APIs this server knows (RFC 8707 indicators) and every scope each one defines. */
export const PLAIN_APIS = {
  orders: { indicator: 'https://orders.plain.test', scopes: ['orders:read', 'orders:write'] },
  stock: { indicator: 'https://stock.plain.test/v1', scopes: ['stock:read', 'stock:count'] },
} as const;

/** The machine client holds only these scopes, whatever it asks for; the rest are dropped without an error. */
export const M2M_HELD_SCOPES = ['orders:read', 'stock:read'];

/** Public, PKCE only; a loopback redirect on any port (RFC 8252 §7.3) or tokenscope://callback. */
export const PLAIN_NATIVE = { clientId: 'plain-native', authMethod: 'none' as const };
/**
 * Confidential (client_secret_post) sign-in client whose refresh token never rotates. Registered as a native
 * application only so that its loopback redirect may use any port; oidc-provider pins a web client's port.
 */
export const PLAIN_WEB = {
  clientId: 'plain-web',
  clientSecret: 'web-s3cret-with-dash_and+plus',
  authMethod: 'client_secret_post' as const,
};
/** Confidential machine client: client credentials and token exchange, client_secret_post only. */
export const PLAIN_M2M = {
  clientId: 'plain-m2m',
  clientSecret: 'm2m-s3cret-with-dash',
  authMethod: 'client_secret_post' as const,
};

/** Users who can sign in on the login page: login → password. */
export const PLAIN_USERS: Record<string, string> = { ada: 'analytical-engine', grace: 'cobol-1959' };

export interface PlainOidcServer {
  issuer: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

const CLIENT_AUTH_ENDPOINTS = ['/token', '/token/introspection', '/token/revocation'];

const REDIRECTS = ['http://127.0.0.1/callback', 'tokenscope://callback'];

function clients(): Record<string, unknown>[] {
  const userFacing = {
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: REDIRECTS,
  };
  return [
    { ...userFacing, client_id: PLAIN_NATIVE.clientId, application_type: 'native', token_endpoint_auth_method: 'none' },
    {
      ...userFacing,
      client_id: PLAIN_WEB.clientId,
      client_secret: PLAIN_WEB.clientSecret,
      application_type: 'native',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: [...userFacing.grant_types, TOKEN_EXCHANGE_GRANT],
    },
    {
      client_id: PLAIN_M2M.clientId,
      client_secret: PLAIN_M2M.clientSecret,
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['client_credentials', TOKEN_EXCHANGE_GRANT],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

function apiFor(indicator: string) {
  return Object.values(PLAIN_APIS).find((api) => api.indicator === indicator);
}

/** The scopes `client` may get for `indicator`: all of the API's for users, the held ones for the machine client. */
function resourceScopes(indicator: string, client: OidcClient): string[] | undefined {
  const api = apiFor(indicator);
  if (!api) return undefined;
  return client.clientId === PLAIN_M2M.clientId
    ? api.scopes.filter((s) => M2M_HELD_SCOPES.includes(s))
    : [...api.scopes];
}

/**
 * A proxy or WAF in front of some servers turns a failed client authentication into a bare 403 with no body.
 * This server does the same with oidc-provider's 401 invalid_client.
 */
async function bareForbiddenOnBadClient(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  await next();
  const body = ctx.body as { error?: unknown } | undefined;
  if (!body || typeof body !== 'object' || body.error !== 'invalid_client') return;
  ctx.remove('WWW-Authenticate');
  ctx.remove('Content-Type');
  ctx.body = '';
  ctx.status = 403;
  ctx.set('Content-Type', 'text/plain; charset=utf-8');
}

function page(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`,
  );
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The plain server for the whole test file: started before its first test, closed after its last. */
export function plainOidcServerForFile(): PlainOidcServer {
  return startedForFile('The plain server', () => startPlainOidcServer());
}

/** Starts the server on 127.0.0.1 (random port unless given). */
export async function startPlainOidcServer(options: { port?: number } = {}): Promise<PlainOidcServer> {
  const { Provider, errors } = await loadOidcProvider();
  const store = new SandboxStore();
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomBytes(8).toString('hex');
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const publicJwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };

  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const issuer = `${origin}${PLAIN_ISSUER_PATH}`;

  const provider = new Provider(issuer, {
    adapter: (name: string) => new MemoryAdapter(name, store),
    clients: clients(),
    jwks: { keys: [privateJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    clientAuthMethods: ['client_secret_post', 'none'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    async findAccount(_ctx: unknown, sub: string) {
      if (!(sub in PLAIN_USERS)) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: sub[0]!.toUpperCase() + sub.slice(1), email: `${sub}@plain.test` }),
      };
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `${PLAIN_ISSUER_PATH}/interaction/${interaction.uid}`,
    },
    // Public clients get a new refresh token on every use; confidential ones keep theirs (RFC 6749 §6 allows both).
    rotateRefreshToken: (ctx: KoaContextWithOIDC) =>
      (ctx.oidc.client as { clientAuthMethod?: string } | undefined)?.clientAuthMethod === 'none',
    ttl: {
      AccessToken: 600,
      ClientCredentials: 600,
      IdToken: 600,
      RefreshToken: 24 * 3600,
      Grant: 24 * 3600,
      Session: 24 * 3600,
      Interaction: 3600,
      AuthorizationCode: 60,
    },
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // No default API: without `resource` the access token is opaque (for userinfo only).
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) => oneOf ?? undefined,
        useGrantedResource: async () => false,
        async getResourceServerInfo(_ctx: unknown, indicator: string, client: OidcClient) {
          const scopes = resourceScopes(indicator, client);
          if (!scopes) throw new errors.InvalidTarget(`unknown resource ${indicator}`);
          return {
            scope: scopes.join(' '),
            audience: indicator,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
  });
  provider.use(bareForbiddenOnBadClient);
  registerTokenExchange();
  const callback = provider.callback();

  /** RFC 8693 §2: an access token this server issued, for another API; answered with issued_token_type. */
  function registerTokenExchange(): void {
    const jwks = createLocalJWKSet(publicJwks);
    async function subject(token: string): Promise<{ sub?: string; clientId?: string } | undefined> {
      if (token.split('.').length !== 3) {
        const found = await provider.AccessToken.find(token);
        return found ? { sub: found.accountId, clientId: found.clientId } : undefined;
      }
      try {
        const { payload } = await jwtVerify(token, jwks, { issuer });
        return { sub: payload.sub, clientId: payload.client_id as string | undefined };
      } catch {
        return undefined;
      }
    }
    provider.registerGrantType(
      TOKEN_EXCHANGE_GRANT,
      async (ctx) => {
        const params = ctx.oidc.params as Record<string, string | undefined>;
        const client = ctx.oidc.client!;
        if (!params.subject_token) throw new errors.InvalidRequest("missing required parameter 'subject_token'");
        if (params.subject_token_type !== ACCESS_TOKEN_TYPE)
          throw new errors.InvalidRequest(`subject_token_type must be ${ACCESS_TOKEN_TYPE}`);
        const found = await subject(params.subject_token);
        if (!found?.sub) throw new errors.InvalidGrant('subject token is invalid or expired');
        const resource = params.resource;
        const held = resource ? resourceScopes(resource, client) : [];
        if (!held) throw new errors.InvalidTarget(`unknown resource ${resource}`);
        const scope = (params.scope ?? '')
          .split(' ')
          .filter((s) => held.includes(s))
          .join(' ');
        const token = new provider.AccessToken({ accountId: found.sub, client, gty: 'token-exchange', scope });
        if (resource) {
          token.resourceServer = new provider.ResourceServer(resource, {
            scope: held.join(' '),
            audience: resource,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 600,
            jwt: { sign: { alg: 'RS256' } },
          });
        }
        const grant = new provider.Grant({ accountId: found.sub, clientId: client.clientId });
        if (resource) grant.addResourceScope(resource, scope);
        token.grantId = await grant.save();
        ctx.oidc.entity('AccessToken', token);
        const value = await token.save();
        ctx.body = {
          access_token: value,
          issued_token_type: ACCESS_TOKEN_TYPE,
          token_type: 'Bearer',
          expires_in: (token as unknown as { expiration: number }).expiration,
          ...(scope ? { scope } : {}),
        };
      },
      ['subject_token', 'subject_token_type', 'resource', 'scope', 'audience', 'requested_token_type'],
      ['resource'],
    );
  }

  async function interaction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    action: string | undefined,
  ): Promise<void> {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      page(res, 400, 'Sign-in expired', '<p>Start again from the app.</p>');
      return;
    }
    if (details.uid !== uid) {
      page(res, 400, 'Wrong sign-in', '<p>Start again from the app.</p>');
      return;
    }
    const base = `${PLAIN_ISSUER_PATH}/interaction/${uid}`;
    if (req.method === 'GET') {
      if (details.prompt.name === 'login') {
        page(
          res,
          200,
          'Sign in to Plain',
          `<form method="post" action="${base}/login">
<label>Username <input name="login" autocomplete="username" autofocus></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form>`,
        );
        return;
      }
      const asked = details.prompt.details as {
        missingOIDCScope?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      const lines = [
        ...(asked.missingOIDCScope ?? []),
        ...Object.entries(asked.missingResourceScopes ?? {}).map(([r, s]) => `${r}: ${s.join(' ')}`),
      ];
      page(
        res,
        200,
        'Allow access',
        `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<form method="post" action="${base}/consent"><button type="submit">Allow</button></form>`,
      );
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    if (action === 'login') {
      const login = form.get('login') ?? '';
      if (!(login in PLAIN_USERS) || PLAIN_USERS[login] !== form.get('password')) {
        page(
          res,
          200,
          'Sign in to Plain',
          `<p role="alert">Wrong username or password.</p><form method="post" action="${base}/login">
<label>Username <input name="login"></label><label>Password <input name="password" type="password"></label>
<button type="submit">Sign in</button></form>`,
        );
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    if (action === 'consent' && details.session?.accountId) {
      const asked = details.prompt.details as {
        missingOIDCScope?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      const grant = details.grantId
        ? (await provider.Grant.find(details.grantId))!
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id as string });
      if (asked.missingOIDCScope) grant.addOIDCScope(asked.missingOIDCScope.join(' '));
      for (const [indicator, scopes] of Object.entries(asked.missingResourceScopes ?? {}))
        grant.addResourceScope(indicator, scopes.join(' '));
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    page(res, 404, 'Unknown step', '');
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = req.url ?? '/';
      const path = url.split('?')[0]!;
      // Browsers ask for an icon; a 404 would be a console error on its sign-in pages, failing the e2e test.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const step = new RegExp(`^${PLAIN_ISSUER_PATH}/interaction/([^/]+)(?:/(login|consent))?$`).exec(path);
      if (step) return await interaction(req, res, step[1]!, step[2]);
      if (
        CLIENT_AUTH_ENDPOINTS.some((e) => path === `${PLAIN_ISSUER_PATH}${e}`) &&
        /^basic /i.test(req.headers.authorization ?? '')
      ) {
        // client_secret_post only: Basic credentials are refused like bad ones, a bare 403 (oidc-provider would take both).
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
        return;
      }
      if (path === PLAIN_ISSUER_PATH || path.startsWith(`${PLAIN_ISSUER_PATH}/`)) {
        // oidc-provider derives its mount path from originalUrl minus url (its "mounting" notes).
        (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
        req.url = url.slice(PLAIN_ISSUER_PATH.length) || '/';
        callback(req, res);
        return;
      }
      page(res, 404, 'Not found', '<p>This server lives under /tenant/a.</p>');
    } catch (error) {
      if (!res.headersSent) page(res, 500, 'Server error', `<p>${escapeHtml(String(error))}</p>`);
    }
  }

  return {
    issuer,
    origin,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Signs in as `login` on this server's pages over HTTP and returns the URL it redirected back to (code, state, iss). */
export async function plainSignIn(
  authorizationUrl: string,
  login = 'ada',
  password = PLAIN_USERS[login]!,
): Promise<string> {
  const origin = new URL(authorizationUrl).origin;
  const { left } = await browse(
    authorizationUrl,
    new Map(),
    (html, url) => {
      const form = /<form method="post" action="([^"]*\/(login|consent))"/.exec(html);
      if (!form) throw new Error(`unexpected page at ${url.href}: ${html.slice(0, 300)}`);
      if (form[2] === 'login' && html.includes('role="alert"')) throw new Error(`sign-in as ${login} refused`);
      const body = form[2] === 'login' ? new URLSearchParams({ login, password }) : new URLSearchParams();
      return { url: new URL(decodeEntities(form[1]!), url), init: { method: 'POST', body, headers: FORM_HEADERS } };
    },
    (next) => next.origin !== origin,
  );
  if (!left) throw new Error('the plain server never redirected back to the app');
  return left;
}
