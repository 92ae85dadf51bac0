import * as oidc from 'openid-client';
import type { FlowResult } from '../../../shared/contract/flow.js';
import { newRun, runTokenRequest } from './run-flow.js';
import type { TokenRequestInput } from './token-request-input.js';
import { tokenParameters } from './token-parameters.js';
import { dpopOptions, newDpopKey } from './dpop.js';

/** With `organizationId`, Logto answers an organization token for an M2M app added to the organization. */
export interface ClientCredentialsInput extends TokenRequestInput {
  /** RFC 9449: bind the token to a key the run holds. */
  dpop?: boolean;
}

/** RFC 6749 §4.4 client credentials, with RFC 8707 §2 resource indicators, through openid-client. */
export async function runClientCredentials(input: ClientCredentialsInput): Promise<FlowResult> {
  const run = newRun('client_credentials', input.issuer, input.client, input);
  run.runs = input.runs;
  const dpopKey = await newDpopKey(input.dpop);
  // Kept with the run when the answer is bound, so a replay of its token can prove the key (RFC 9449 §7.1).
  if (dpopKey) run.remember = { ...run.remember, dpopKey };
  return runTokenRequest(run, async (config) =>
    oidc.clientCredentialsGrant(config, tokenParameters(input), dpopOptions(config, dpopKey)),
  );
}
