import * as oidc from 'openid-client';
import type { FlowResult } from '../../../shared/contract/flow.js';
import { refreshTrap } from '../../../shared/flows/refresh-trap.js';
import type { ClientCredentials } from './discover.js';
import { newRun, runTokenRequest } from './run-flow.js';
import type { RunStore } from './run-store.js';
import { tokenParameters } from './token-parameters.js';
import { dpopOptions } from './dpop.js';

export interface RefreshInput {
  issuer: string;
  client: ClientCredentials;
  refreshToken: string;
  /** RFC 8707 §2.2: narrows the new access token to one granted resource. */
  resources: string[];
  scope: string;
  /** Logto organization token (aud = urn:logto:organization:<id>, or the resource plus an organization_id claim). */
  organizationId?: string;
  /** What the sign-in was granted, when known: lets us stop the refresh trap before it springs. */
  grantedResources?: string[];
  /** Send even though the refresh trap would spend the refresh token. */
  acceptRefreshTrap?: boolean;
  /** RFC 9449: a refresh token bound to a DPoP key needs proofs from the same key; a fresh key suits public clients' new bindings only. */
  dpop?: boolean;
  runs?: RunStore;
}

/** RFC 6749 §6 refresh, with the refresh trap checked first. */
export async function runRefresh(input: RefreshInput): Promise<FlowResult> {
  const run = newRun('refresh_token', input.issuer, input.client, input);
  run.runs = input.runs;
  run.capture.addSecret(input.refreshToken);
  run.remember = { grantedResources: input.grantedResources };
  const trap = refreshTrap(input.resources, input.grantedResources);
  if (trap) run.warnings = [trap.message];
  if (trap?.certain && !input.acceptRefreshTrap) {
    return {
      ok: false,
      grant: 'refresh_token',
      issuer: input.issuer,
      durationMs: 0,
      timeline: [],
      warnings: run.warnings,
      error: {
        error: 'refresh_trap',
        explanation: `Nothing was sent. ${trap.message}`,
        fix: `Remove ${trap.notGranted.join(', ')} from the refresh, or sign in again asking for it. To watch the trap spring on purpose, send anyway.`,
      },
    };
  }
  return runTokenRequest(run, async (config) => oidc.refreshTokenGrant(config, input.refreshToken, tokenParameters(input), await dpopOptions(config, input.dpop)));
}
