import { TENANT_READ_LIMITS as L } from './read-limits.js';

/**
 * Why a tenant could not be read (or not whole), what the server answered, and what to do. Read from the answer,
 * never assumed: the status, Logto's `code` and, for a refused token, the claim jose named in `data`.
 */
export interface TenantReadProblem {
  kind:
    | 'no-access'
    | 'vault'
    | 'credentials'
    | 'token-refused'
    | 'forbidden'
    | 'rate-limited'
    | 'timeout'
    | 'unreachable'
    | 'unexpected';
  /** What happened, with the server's own words where it gave some. */
  message: string;
  fix: string;
  status?: number;
  /** The request it happened on (method and path), when one did. */
  request?: string;
}

export interface ManagementAnswer {
  status: number;
  body: unknown;
  /** `GET /api/roles?page=1&page_size=100`. */
  request: string;
  /** The indicator the token was requested for, and the app that requested it. */
  indicator: string;
  clientId: string;
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Logto's Management API refusals: 401 `auth.authorization_header_missing` / `auth.unauthorized`, 403 `auth.forbidden`. */
export function explainManagementAnswer(answer: ManagementAnswer): TenantReadProblem {
  const body = record(answer.body);
  const code = typeof body?.code === 'string' ? body.code : undefined;
  const said = typeof body?.message === 'string' ? `: "${body.message}"` : '';
  const base = { status: answer.status, request: answer.request };
  const claim = record(body?.data)?.claim;
  if (answer.status === 403 || code === 'auth.forbidden') {
    return {
      ...base,
      kind: 'forbidden',
      message: `The Management API refused the token of ${answer.clientId} with ${answer.status} ${code ?? ''}${said}. The token was issued for ${answer.indicator} but without the scope "all", which every Management API route requires.`,
      fix: `In Logto Console → Applications → ${answer.clientId} → Roles, assign a machine-to-machine role that holds the Management API's "all" permission (Logto's "Logto Management API access" role), then read again.`,
    };
  }
  if (answer.status === 401) {
    const audience = claim === 'aud';
    return {
      ...base,
      kind: 'token-refused',
      message: `The Management API did not accept the token (${answer.status} ${code ?? ''}${said})${audience ? `: its audience ${answer.indicator} is not this tenant's Management API` : ''}.`,
      fix: audience
        ? `Set the Management API indicator of this connection to the tenant's own (https://<tenant-id>.logto.app/api on Logto Cloud, https://default.logto.app/api self-hosted), then read again.`
        : `Check that the endpoint is the tenant the app belongs to and that its Management API indicator is right (https://<tenant-id>.logto.app/api on Logto Cloud, https://default.logto.app/api self-hosted).`,
    };
  }
  if (answer.status === 429) {
    return {
      ...base,
      kind: 'rate-limited',
      message: `The tenant kept answering 429 Too Many Requests after ${L.retriesAfter429} waits (or asked to wait longer than ${L.retryAfterMaxSeconds} s).`,
      fix: 'Wait a minute and refresh; what was read before the limit is shown, marked as partial.',
    };
  }
  return {
    ...base,
    kind: 'unexpected',
    message: `The Management API answered ${answer.status}${code ? ` ${code}` : ''}${said} to ${answer.request}.`,
    fix:
      answer.status >= 500
        ? 'The tenant had a server error: refresh in a moment.'
        : 'Check that the endpoint is a Logto tenant (its Management API at <endpoint>/api) and refresh.',
  };
}

/** The token request failed: the error openid-client reported from the token endpoint (RFC 6749 §5.2), or none. */
export function explainTokenFailure(
  failure: { status?: number; error?: string; description?: string; network?: string },
  context: { clientId: string; indicator: string; tokenEndpoint?: string; timeoutSeconds?: number },
): TenantReadProblem {
  const said = failure.description ? ` "${failure.description}"` : '';
  const where = context.tokenEndpoint ?? "the tenant's token endpoint";
  if (failure.network) {
    const waited = context.timeoutSeconds ?? L.requestTimeoutSeconds;
    const timedOut = /timeout|timed out|aborted/i.test(failure.network);
    return {
      kind: timedOut ? 'timeout' : 'unreachable',
      message: timedOut
        ? `The tenant did not answer the Management API token request within ${waited} s; Tokenscope stopped waiting.`
        : `The tenant could not be reached for a Management API token: ${failure.network}.`,
      fix: "Check the connection's endpoint, that the tenant is up and your network, then read again.",
    };
  }
  if (failure.error === 'invalid_client') {
    const unknown = failure.status === 400;
    return {
      kind: 'credentials',
      ...(failure.status ? { status: failure.status } : {}),
      message: `${where} refused ${context.clientId}: ${failure.status ?? ''} invalid_client${said}.`,
      fix: unknown
        ? `No app ${context.clientId} exists in this tenant: copy the App ID of a machine-to-machine app from Logto Console → Applications.`
        : `The secret of ${context.clientId} is wrong: copy it again from Logto Console → Applications → ${context.clientId}, and set it here.`,
    };
  }
  if (failure.error === 'invalid_target') {
    return {
      kind: 'credentials',
      ...(failure.status ? { status: failure.status } : {}),
      message: `${where} does not know the resource ${context.indicator}: invalid_target${said}.`,
      fix: "Set the Management API indicator to the tenant's own: https://<tenant-id>.logto.app/api on Logto Cloud (the tenant id is in Logto Console's URL), https://default.logto.app/api self-hosted.",
    };
  }
  if (failure.error === 'unauthorized_client' || failure.error === 'invalid_request') {
    return {
      kind: 'credentials',
      ...(failure.status ? { status: failure.status } : {}),
      message: `${where} refused client credentials for ${context.clientId}: ${failure.error}${said}.`,
      fix: `${context.clientId} must be a machine-to-machine app: create one in Logto Console → Applications and give it the Management API access role.`,
    };
  }
  return {
    kind: 'unexpected',
    ...(failure.status ? { status: failure.status } : {}),
    message: `${where} did not give a Management API token: ${failure.status ?? ''} ${failure.error ?? ''}${said}.`,
    fix: 'Check the endpoint, the app id and its secret, then read again.',
  };
}
