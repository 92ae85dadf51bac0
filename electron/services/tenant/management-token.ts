import * as oidc from 'openid-client';
import { discover } from '../flows/issuer-discovery.js';
import type { HttpCapture } from '../flows/http-capture.js';
import type { ManagementApiTarget } from '../../../shared/tenant/management-api-target.js';
import { explainTokenFailure, type TenantReadProblem } from '../../../shared/tenant/read-problem.js';
import { TENANT_READ_LIMITS } from '../../../shared/tenant/read-limits.js';

export interface ManagementCredentials {
  clientId: string;
  clientSecret: string;
}

export type ManagementToken =
  | {
      ok: true;
      accessToken: string;
      grantedScope?: string;
      /** RFC 6749 §5.1, when the server said. */
      expiresIn?: number;
      /** Epoch ms, taken just before the request: the token's lifetime counts from there at the latest. */
      obtainedAt: number;
    }
  | { ok: false; problem: TenantReadProblem };

/**
 * A Management API token for the tenant's own M2M app: client credentials (RFC 6749 §4.4) at the same tenant's token
 * endpoint, with `resource` = its Management API indicator (RFC 8707 §2) and `scope=all`, through openid-client so
 * discovery and the token request land in the read's timeline like any run's.
 */
export async function managementToken(
  issuer: string,
  credentials: ManagementCredentials,
  target: ManagementApiTarget,
  capture: HttpCapture,
  timeoutSeconds: number = TENANT_READ_LIMITS.requestTimeoutSeconds,
): Promise<ManagementToken> {
  capture.addSecret(credentials.clientSecret);
  const context = { clientId: credentials.clientId, indicator: target.indicator, timeoutSeconds };
  let config: oidc.Configuration;
  try {
    capture.step = 'discovery';
    config = await discover(
      issuer,
      {
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        authMethod: 'client_secret_basic',
        timeoutSeconds,
      },
      capture,
    );
  } catch (error) {
    return { ok: false, problem: explainTokenFailure(failureOf(error), context) };
  }
  try {
    capture.step = 'management token';
    const obtainedAt = Date.now();
    const answer = await oidc.clientCredentialsGrant(config, { resource: target.indicator, scope: 'all' });
    capture.addSecret(answer.access_token);
    return {
      ok: true,
      accessToken: answer.access_token,
      ...(answer.scope !== undefined ? { grantedScope: answer.scope } : {}),
      ...(typeof answer.expires_in === 'number' ? { expiresIn: answer.expires_in } : {}),
      obtainedAt,
    };
  } catch (error) {
    return {
      ok: false,
      problem: explainTokenFailure(failureOf(error), {
        ...context,
        tokenEndpoint: config.serverMetadata().token_endpoint,
      }),
    };
  } finally {
    await capture.settle();
  }
}

function failureOf(error: unknown): { status?: number; error?: string; description?: string; network?: string } {
  if (error instanceof oidc.ResponseBodyError) {
    return {
      status: error.status,
      error: error.error,
      ...(error.error_description ? { description: error.error_description } : {}),
    };
  }
  if (error instanceof oidc.WWWAuthenticateChallengeError) {
    // A 401 with a challenge (client_secret_basic, RFC 6749 §5.2): the error is in the challenge's parameters.
    const parameters = error.cause[0]?.parameters;
    return {
      status: error.status,
      ...(parameters?.error ? { error: parameters.error } : {}),
      ...(parameters?.error_description ? { description: parameters.error_description } : {}),
    };
  }
  const e = error as { message?: string; cause?: { message?: string; code?: string; name?: string } };
  const cause = e.cause?.code ?? e.cause?.name;
  return { network: [e.message, e.cause?.message, cause].filter(Boolean).join(': ') || String(error) };
}
