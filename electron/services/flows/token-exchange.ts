import * as oidc from 'openid-client';
import type { FlowResult } from '../../../shared/contract/flow.js';
import type { TokenExchangeRequest } from '../../../shared/contract/methods/flow-methods.js';
import type { ClientCredentials } from './issuer-discovery.js';
import { newRun, runTokenRequest } from './run-flow.js';
import type { RunStore } from './run-store.js';
import { tokenParameters } from './token-parameters.js';

import { TOKEN_EXCHANGE_GRANT } from '../../../shared/oauth/grant-types.js';
import { ACCESS_TOKEN_TYPE } from '../../../shared/oauth/token-types.js';

/** The contract's request with its connection resolved to an issuer and client. */
export interface TokenExchangeInput extends Omit<TokenExchangeRequest, 'connectionId' | 'clientId'> {
  issuer: string;
  client: ClientCredentials;
  /** RFC 8693 §2.1 `audience` and `requested_token_type`, for servers other than Logto. */
  audience?: string;
  requestedTokenType?: string;
  runs?: RunStore;
}

/** RFC 8693 §2.1 token exchange through openid-client's genericGrantRequest. */
export async function runTokenExchange(input: TokenExchangeInput): Promise<FlowResult> {
  const run = newRun('token_exchange', input.issuer, input.client, input);
  run.context.grant = TOKEN_EXCHANGE_GRANT;
  run.runs = input.runs;
  run.capture.addSecret(input.subjectToken);
  run.capture.addSecret(input.actorToken);
  const extra: Record<string, string> = {
    subject_token: input.subjectToken,
    subject_token_type: input.subjectTokenType,
  };
  if (input.actorToken) {
    extra.actor_token = input.actorToken;
    extra.actor_token_type = input.actorTokenType ?? ACCESS_TOKEN_TYPE;
  }
  if (input.audience) extra.audience = input.audience;
  if (input.requestedTokenType) extra.requested_token_type = input.requestedTokenType;
  return runTokenRequest(run, (config) =>
    oidc.genericGrantRequest(config, TOKEN_EXCHANGE_GRANT, tokenParameters({ ...input, extra })),
  );
}
