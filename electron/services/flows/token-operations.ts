import * as oidc from 'openid-client';
import type { EndpointResult, TokenOperation } from '../../../shared/flows/endpoint-result.js';
import { maskTokenResponse } from '../../../shared/token/mask-token-response.js';
import { authMethodOf, discover, type ClientCredentials } from './issuer-discovery.js';
import { toFlowError } from './flow-error.js';
import { HttpCapture } from './http-capture.js';

export interface TokenOperationInput {
  operation: TokenOperation;
  issuer: string;
  client: ClientCredentials;
  token: string;
  /** RFC 7009 §2.1 / RFC 7662 §2.1 token_type_hint. */
  tokenTypeHint?: 'access_token' | 'refresh_token';
}

const ENDPOINT: Record<TokenOperation, 'userinfo_endpoint' | 'introspection_endpoint' | 'revocation_endpoint'> = {
  userinfo: 'userinfo_endpoint',
  introspect: 'introspection_endpoint',
  revoke: 'revocation_endpoint',
};

/** Userinfo (OIDC Core §5.3), introspection (RFC 7662) or revocation (RFC 7009) with a token, recorded like a flow. */
export async function runTokenOperation(input: TokenOperationInput): Promise<EndpointResult> {
  const started = performance.now();
  const capture = new HttpCapture(input.operation);
  capture.addSecret(input.client.clientSecret);
  capture.addSecret(input.token);
  const base = async () => {
    const durationMs = Math.round(performance.now() - started);
    await capture.settle();
    return { operation: input.operation, issuer: input.issuer, durationMs, timeline: capture.masked() };
  };
  try {
    const config = await discover(input.issuer, input.client, capture);
    if (!config.serverMetadata()[ENDPOINT[input.operation]]) {
      throw Object.assign(new Error(`no ${ENDPOINT[input.operation]}`), { missingEndpoint: ENDPOINT[input.operation] });
    }
    capture.step = input.operation;
    const hint = input.tokenTypeHint ? { token_type_hint: input.tokenTypeHint } : undefined;
    let body: Record<string, unknown>;
    if (input.operation === 'userinfo')
      body = { ...(await oidc.fetchUserInfo(config, input.token, oidc.skipSubjectCheck)) };
    else if (input.operation === 'introspect')
      body = maskTokenResponse({ ...(await oidc.tokenIntrospection(config, input.token, hint)) });
    else {
      await oidc.tokenRevocation(config, input.token, hint);
      body = { revoked: true };
    }
    return { ok: true, ...(await base()), body };
  } catch (error) {
    const missing = (error as { missingEndpoint?: string }).missingEndpoint;
    const flowError = missing
      ? {
          error: 'endpoint_not_offered',
          explanation: `${input.issuer} lists no ${missing} in its discovery document.`,
          fix: 'The server does not offer this; check its documentation or use the inspector on the token instead.',
        }
      : toFlowError(error, {
          grant: input.operation === 'userinfo' ? 'userinfo' : 'introspection',
          resources: [],
          scope: '',
          clientId: input.client.clientId,
          issuer: input.issuer,
          timeoutSeconds: input.client.timeoutSeconds,
          authMethod: authMethodOf(input.client),
        });
    return { ok: false, ...(await base()), error: flowError };
  }
}
