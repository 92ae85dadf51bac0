import * as oidc from 'openid-client';
import type { FlowResult } from '../../../shared/contract/flow.js';
import type { ClientCredentials } from './discover.js';
import { newRun, runTokenRequest } from './run-flow.js';
import type { RunStore } from './run-store.js';
import { tokenParameters } from './token-parameters.js';
import { dpopOptions, newDpopKey } from './dpop.js';

export interface ClientCredentialsInput {
  issuer: string;
  client: ClientCredentials;
  resources: string[];
  scope: string;
  /** Logto: an organization token for an M2M app added to the organization. */
  organizationId?: string;
  /** RFC 9449: bind the token to a key the run holds. */
  dpop?: boolean;
  runs?: RunStore;
}

/** RFC 6749 §4.4 client credentials, with RFC 8707 §2 resource indicators, through openid-client. */
export async function runClientCredentials(input: ClientCredentialsInput): Promise<FlowResult> {
  const run = newRun('client_credentials', input.issuer, input.client, input);
  run.runs = input.runs;
  return runTokenRequest(run, async (config) => oidc.clientCredentialsGrant(config, tokenParameters(input), dpopOptions(config, await newDpopKey(input.dpop))));
}
