import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MANAGEMENT_API } from '../../../../shared/sandbox/management-api.js';
import type { World, WorldApplication, WorldRole } from '../../../../shared/sandbox/world.js';
import { allResources, findUser } from '../../../../shared/sandbox/world-queries.js';
import { checkAccessToken, type AccessTokenFailure } from '../sample-api/access-token-check.js';
import { readJsonBody } from '../pages/read-form-body.js';
import { sendJson, type SandboxState } from '../sandbox-routes.js';

/** Logto gives resources random ids; the sandbox derives readable, stable ones from the indicator. */
export function resourceId(indicator: string): string {
  if (indicator === MANAGEMENT_API.indicator) return 'management-api';
  return indicator
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What Logto puts in `data` of a refused Management API token: the JWT library's (jose's) error, with the claim that
 * failed and the token's claims (observed on Logto v1.36). Tokenscope explains the refusal from `code`.
 */
function joseErrorData(failure: AccessTokenFailure): Record<string, unknown> | undefined {
  if (failure.check === 'format') return { code: 'ERR_JWS_INVALID', name: 'JWSInvalid' };
  if (failure.check === 'signature')
    return { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', name: 'JWSSignatureVerificationFailed' };
  const claim = { typ: 'typ', iss: 'iss', exp: 'exp', aud: 'aud' }[failure.check as string];
  if (!claim) return undefined;
  const expired = failure.check === 'exp';
  return {
    code: expired ? 'ERR_JWT_EXPIRED' : 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    name: expired ? 'JWTExpired' : 'JWTClaimValidationFailed',
    claim,
    reason: 'check_failed',
    ...(failure.payload ? { payload: failure.payload } : {}),
  };
}

/** Logto's refusals of a Management API token: `{code, message, data?}`, no WWW-Authenticate, no cache-control. */
function authError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  data?: Record<string, unknown>,
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ code, ...(data ? { data } : {}), message }));
}

function logtoError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { code, message });
}

function userView(world: World, id: string) {
  const user = findUser(world, id)!;
  return {
    id: user.id,
    username: user.username,
    primaryEmail: user.email ?? null,
    primaryPhone: null,
    name: user.name ?? null,
    avatar: null,
    customData: user.customData ?? {},
    isSuspended: false,
  };
}

function roleView(role: WorldRole) {
  return {
    id: role.id,
    name: role.name,
    description: role.description ?? '',
    type: role.type === 'm2m' ? 'MachineToMachine' : 'User',
  };
}

function scopesOf(world: World, permissions: Record<string, string[]>) {
  return Object.entries(permissions).flatMap(([indicator, names]) => {
    const resource = allResources(world).find((r) => r.indicator === indicator);
    return names.map((name) => ({
      id: `${resourceId(indicator)}:${name}`,
      name,
      description: resource?.permissions.find((p) => p.name === name)?.description ?? '',
      resourceId: resourceId(indicator),
      resource: resource ? { id: resourceId(indicator), name: resource.name, indicator } : undefined,
    }));
  });
}

/** Logto's shape, without the secret: the Management API is not the place to read it back. */
function applicationView(app: WorldApplication) {
  const type = { native: 'Native', spa: 'SPA', traditional: 'Traditional', m2m: 'MachineToMachine' }[app.type];
  return {
    id: app.id,
    name: app.name,
    type,
    oidcClientMetadata: {
      redirectUris: app.redirectUris ?? [],
      postLogoutRedirectUris: app.postLogoutRedirectUris ?? [],
    },
    customClientMetadata: { allowTokenExchange: app.allowTokenExchange === true },
    isThirdParty: false,
  };
}

/** `pat_` and 32 letters or digits, as Logto makes them. */
function newPatValue(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return `pat_${Array.from(randomBytes(32), (b) => alphabet[b % alphabet.length]).join('')}`;
}

type Handler = (
  state: SandboxState,
  params: string[],
  req: IncomingMessage,
) => Promise<{ status: number; body: unknown }> | { status: number; body: unknown };

const notFound = (what: string) => ({
  status: 404,
  body: { code: 'entity.not_exists_with_id', message: `The ${what} does not exist.` },
});

/** The read-only subset, plus creating an organization (the example in Logto's docs), a PAT and a subject token. */
const ROUTES: [string, RegExp, Handler][] = [
  ['GET', /^\/api\/users$/, ({ world }) => ({ status: 200, body: world.users.map((u) => userView(world, u.id)) })],
  [
    'GET',
    /^\/api\/users\/([^/]+)$/,
    ({ world }, [id]) => (findUser(world, id!) ? { status: 200, body: userView(world, id!) } : notFound('user')),
  ],
  [
    'GET',
    /^\/api\/users\/([^/]+)\/roles$/,
    ({ world }, [id]) => {
      const user = findUser(world, id!);
      return user
        ? { status: 200, body: world.roles.filter((r) => user.roles.includes(r.id)).map(roleView) }
        : notFound('user');
    },
  ],
  ['GET', /^\/api\/roles$/, ({ world }) => ({ status: 200, body: world.roles.map(roleView) })],
  [
    'GET',
    /^\/api\/roles\/([^/]+)\/scopes$/,
    ({ world }, [id]) => {
      const role = world.roles.find((r) => r.id === id);
      return role ? { status: 200, body: scopesOf(world, role.permissions) } : notFound('role');
    },
  ],
  [
    'GET',
    /^\/api\/resources$/,
    ({ world }) => ({
      status: 200,
      body: allResources(world).map((r) => ({
        id: resourceId(r.indicator),
        name: r.name,
        indicator: r.indicator,
        accessTokenTtl: r.accessTokenTtl ?? 3600,
        isDefault: world.defaultResource === r.indicator,
      })),
    }),
  ],
  [
    'GET',
    /^\/api\/resources\/([^/]+)\/scopes$/,
    ({ world }, [id]) => {
      const resource = allResources(world).find((r) => resourceId(r.indicator) === id);
      return resource
        ? { status: 200, body: scopesOf(world, { [resource.indicator]: resource.permissions.map((p) => p.name) }) }
        : notFound('resource');
    },
  ],
  ['GET', /^\/api\/applications$/, ({ world }) => ({ status: 200, body: world.applications.map(applicationView) })],
  [
    'GET',
    /^\/api\/applications\/([^/]+)$/,
    ({ world }, [id]) => {
      const app = world.applications.find((a) => a.id === id);
      return app ? { status: 200, body: applicationView(app) } : notFound('application');
    },
  ],
  [
    'POST',
    /^\/api\/users\/([^/]+)\/personal-access-tokens$/,
    async (state, [id], req) => {
      const user = findUser(state.world, id!);
      if (!user) return notFound('user');
      const body = await readJsonBody(req);
      if (typeof body.name !== 'string' || !body.name.trim()) {
        return {
          status: 400,
          body: { code: 'guard.invalid_input', message: 'The request body needs a "name" (string).' },
        };
      }
      if ((user.personalAccessTokens ?? []).some((t) => t.name === body.name)) {
        return {
          status: 422,
          body: {
            code: 'user.personal_access_token_name_exists',
            message: `${user.username} already has a token named "${body.name}".`,
          },
        };
      }
      const expiresAt = typeof body.expiresAt === 'number' ? new Date(body.expiresAt).toISOString() : undefined;
      const token = { name: body.name, value: newPatValue(), ...(expiresAt ? { expiresAt } : {}) };
      const users = state.world.users.map((u) =>
        u.id === user.id ? { ...u, personalAccessTokens: [...(u.personalAccessTokens ?? []), token] } : u,
      );
      await state.applyWorld({ ...state.world, users });
      // Logto shows the value this once; the sandbox keeps it in the world, as it keeps every sandbox secret.
      return {
        status: 201,
        body: {
          userId: user.id,
          name: token.name,
          value: token.value,
          createdAt: Date.now(),
          expiresAt: expiresAt ? Date.parse(expiresAt) : null,
        },
      };
    },
  ],
  [
    'POST',
    /^\/api\/subject-tokens$/,
    async (state, _params, req) => {
      const body = await readJsonBody(req);
      if (typeof body.userId !== 'string' || !findUser(state.world, body.userId)) {
        return {
          status: 404,
          body: { code: 'entity.not_exists_with_id', message: 'The body needs the "userId" of a user in this world.' },
        };
      }
      return { status: 201, body: state.subjectTokens.issue(body.userId) };
    },
  ],
  [
    'GET',
    /^\/api\/organizations$/,
    ({ world }) => ({
      status: 200,
      body: (world.organizations ?? []).map((o) => ({ id: o.id, name: o.name, description: o.description ?? null })),
    }),
  ],
  [
    'GET',
    /^\/api\/organizations\/([^/]+)\/users$/,
    ({ world }, [id]) => {
      if (!(world.organizations ?? []).some((o) => o.id === id)) return notFound('organization');
      const members = world.users.flatMap((u) => {
        const membership = u.organizations?.find((m) => m.organization === id);
        if (!membership) return [];
        const organizationRoles = membership.roles.map((roleId) => ({
          id: roleId,
          name: world.organizationRoles?.find((r) => r.id === roleId)?.name ?? roleId,
        }));
        return [{ ...userView(world, u.id), organizationRoles }];
      });
      return { status: 200, body: members };
    },
  ],
  [
    'POST',
    /^\/api\/organizations$/,
    async (state, _params, req) => {
      const body = await readJsonBody(req);
      if (typeof body.name !== 'string' || !body.name.trim()) {
        return {
          status: 400,
          body: { code: 'guard.invalid_input', message: 'The request body needs a "name" (string).' },
        };
      }
      const existing = new Set((state.world.organizations ?? []).map((o) => o.id));
      let n = existing.size + 1;
      while (existing.has(`org-${n}`)) n++;
      const organization = {
        id: `org-${n}`,
        name: body.name,
        ...(typeof body.description === 'string' ? { description: body.description } : {}),
      };
      await state.applyWorld({ ...state.world, organizations: [...(state.world.organizations ?? []), organization] });
      return { status: 201, body: { ...organization, description: organization.description ?? null } };
    },
  ],
];

/**
 * /api/...: a read-only subset of the Logto Management API. Tokens must be JWTs for https://default.logto.app/api
 * with the `all` scope; errors are Logto's `{code, message}` bodies.
 */
export async function handleManagementApi(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? '/', state.origin).pathname;
  const route = ROUTES.find(([method, pattern]) => method === req.method && pattern.test(path));
  const result = await checkAccessToken(req.headers.authorization, {
    issuer: state.issuer,
    audience: MANAGEMENT_API.indicator,
    scope: 'all',
    jwks: state.publicJwks,
  });
  if (!result.ok) {
    const { check } = result.failure;
    if (check === 'header' && !req.headers.authorization)
      authError(res, 401, 'auth.authorization_header_missing', 'Authorization header is missing.');
    else if (check === 'scope')
      authError(res, 403, 'auth.forbidden', 'Forbidden. Please check your user roles and permissions.');
    else
      authError(
        res,
        401,
        'auth.unauthorized',
        'Unauthorized. Please check credentials and its scope.',
        joseErrorData(result.failure),
      );
    return;
  }
  if (!route) {
    logtoError(
      res,
      404,
      'guard.invalid_path',
      `The sandbox serves a read-only subset of the Management API; ${req.method} ${path} is not in it.`,
    );
    return;
  }
  const [, pattern, handler] = route;
  const params = pattern.exec(path)!.slice(1).map(decodeURIComponent);
  const { status, body } = await handler(state, params, req);
  sendJson(res, status, body);
}
