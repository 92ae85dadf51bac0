import * as oidc from 'openid-client';
import type { FlowResult } from '../../../shared/contract/flow.js';
import { decodeToken } from '../../../shared/token/decode.js';
import { maskTokenResponse } from '../../../shared/token/mask.js';
import { discover, type ClientCredentials } from './discover.js';
import { toFlowError } from './flow-error.js';

export interface ClientCredentialsInput {
  issuer: string;
  client: ClientCredentials;
  resources: string[];
  scope: string;
}

/** RFC 6749 §4.4 client credentials, with RFC 8707 §2 resource indicators, through openid-client. */
export async function runClientCredentials(input: ClientCredentialsInput): Promise<FlowResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const config = await discover(input.issuer, input.client);
    // URLSearchParams, not an object: RFC 8707 allows `resource` more than once, and an object holds one value.
    const parameters = new URLSearchParams();
    for (const resource of input.resources) parameters.append('resource', resource);
    if (input.scope.trim()) parameters.set('scope', input.scope.trim());
    const response = await oidc.clientCredentialsGrant(config, parameters);
    return {
      ok: true,
      grant: 'client_credentials',
      issuer: input.issuer,
      tokenResponse: maskTokenResponse({ ...response }),
      accessToken: decodeToken(response.access_token),
      durationMs: elapsed(),
    };
  } catch (error) {
    return {
      ok: false,
      grant: 'client_credentials',
      issuer: input.issuer,
      error: toFlowError(error, { grant: 'client_credentials', resources: input.resources, scope: input.scope, clientId: input.client.clientId, issuer: input.issuer }),
      durationMs: elapsed(),
    };
  }
}
