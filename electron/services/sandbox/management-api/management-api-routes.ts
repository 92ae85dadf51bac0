import type { IncomingMessage, ServerResponse } from 'node:http';
import { MANAGEMENT_API } from '../../../../shared/sandbox/management-api.js';
import { checkAccessToken, type AccessTokenFailure } from '../sample-api/access-token-check.js';
import { sendJson, type SandboxState } from '../sandbox-routes.js';
import { APPLICATION_READ_ROUTES } from './applications-routes.js';
import { APPLICATION_WRITE_ROUTES } from './applications-writes.js';
import { logtoError } from './logto-errors.js';
import { ORGANIZATION_ROLE_READ_ROUTES } from './organization-roles-routes.js';
import { ORGANIZATION_ROLE_WRITE_ROUTES } from './organization-roles-writes.js';
import { ORGANIZATION_READ_ROUTES } from './organizations-routes.js';
import { ORGANIZATION_WRITE_ROUTES } from './organizations-writes.js';
import { RESOURCE_READ_ROUTES } from './resources-routes.js';
import { RESOURCE_WRITE_ROUTES } from './resources-writes.js';
import { ROLE_READ_ROUTES } from './roles-routes.js';
import { ROLE_WRITE_ROUTES } from './roles-writes.js';
import { findRoute, type Route, type RouteAnswer } from './route-table.js';
import { USER_READ_ROUTES } from './users-routes.js';
import { USER_WRITE_ROUTES } from './users-writes.js';

const ROUTES: Route[] = [
  ...USER_READ_ROUTES,
  ...ROLE_READ_ROUTES,
  ...RESOURCE_READ_ROUTES,
  ...APPLICATION_READ_ROUTES,
  ...ORGANIZATION_READ_ROUTES,
  ...ORGANIZATION_ROLE_READ_ROUTES,
  ...USER_WRITE_ROUTES,
  ...ROLE_WRITE_ROUTES,
  ...RESOURCE_WRITE_ROUTES,
  ...APPLICATION_WRITE_ROUTES,
  ...ORGANIZATION_WRITE_ROUTES,
  ...ORGANIZATION_ROLE_WRITE_ROUTES,
];

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
function authError(res: ServerResponse, answer: RouteAnswer): void {
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(answer.body));
}

async function authorize(state: SandboxState, req: IncomingMessage): Promise<RouteAnswer | undefined> {
  const result = await checkAccessToken(req.headers.authorization, {
    issuer: state.issuer,
    audience: MANAGEMENT_API.indicator,
    scope: 'all',
    jwks: state.publicJwks,
  });
  if (result.ok) return undefined;
  const { check } = result.failure;
  if (check === 'header' && !req.headers.authorization)
    return logtoError(401, 'auth.authorization_header_missing', 'Authorization header is missing.');
  if (check === 'scope')
    return logtoError(403, 'auth.forbidden', 'Forbidden. Please check your user roles and permissions.');
  return logtoError(
    401,
    'auth.unauthorized',
    'Unauthorized. Please check credentials and its scope.',
    joseErrorData(result.failure),
  );
}

/**
 * /api/...: Logto's Management API on the sandbox's world (logto-io/logto packages/core/src/routes/: same paths,
 * row shapes, pagination and error bodies). Tokens must be JWTs for https://default.logto.app/api with `all`.
 */
export async function handleManagementApi(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', state.origin);
  const refused = await authorize(state, req);
  if (refused) return authError(res, refused);
  const found = findRoute(ROUTES, req.method ?? 'GET', url.pathname.replace(/^\/api(?=\/)/, ''));
  if (!found) {
    const { status, body } = logtoError(
      404,
      'guard.invalid_path',
      `The sandbox does not serve ${req.method} ${url.pathname}; its Management API routes are listed in its README.`,
    );
    return sendJson(res, status, body);
  }
  const { status, body, headers } = await found.route.handler({ state, params: found.params, url, req });
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
