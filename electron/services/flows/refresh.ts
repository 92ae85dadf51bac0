import * as oidc from 'openid-client';
import type { FlowResult } from '../../../shared/contract/flow.js';
import { refreshTrap } from '../../../shared/flows/refresh-trap.js';
import { newRun, runTokenRequest } from './run-flow.js';
import type { TokenRequestInput } from './token-request-input.js';
import { tokenParameters } from './token-parameters.js';
import { dpopOptions, newDpopKey } from './dpop.js';
import { rotationAdvice, rotationVerdict, type RotationVerdict } from '../../../shared/flows/refresh-rotation.js';
import { serverFamily } from '../../../shared/flows/server-family.js';
import { authMethodOf } from './issuer-discovery.js';

/** `resources`: RFC 8707 §2.2, narrows the new access token to one granted resource. */
export interface RefreshInput extends TokenRequestInput {
  refreshToken: string;
  /** What the sign-in was granted, when known: lets us stop the refresh trap before it springs. */
  grantedResources?: string[];
  /** Send even though the refresh trap would spend the refresh token. */
  acceptRefreshTrap?: boolean;
  /** RFC 9449: bind to a fresh key; for a token already bound, pass its key as `dpopKey` instead. */
  dpop?: boolean;
  /** RFC 9449 §5: the key the refresh token is bound to (a public client's); every refresh proves possession of it. */
  dpopKey?: CryptoKeyPair;
  /** What an earlier refresh with this same refresh token answered (rotated or not), when there was one. */
  earlierRotation?: RotationVerdict;
}

/** RFC 6749 §6 refresh, with the refresh trap checked first. */
export async function runRefresh(input: RefreshInput): Promise<FlowResult> {
  const run = newRun('refresh_token', input.issuer, input.client, input);
  run.runs = input.runs;
  run.capture.addSecret(input.refreshToken);
  const remember: NonNullable<typeof run.remember> = { grantedResources: input.grantedResources };
  run.remember = remember;
  run.context.publicClient = authMethodOf(input.client) === 'none';
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
  const dpopKey = input.dpopKey ?? (await newDpopKey(input.dpop));
  remember.dpopKey = dpopKey;
  run.context.dpop = { bound: Boolean(input.dpopKey), proofSent: Boolean(dpopKey) };
  run.context.earlierRotation = input.earlierRotation;
  return runTokenRequest(run, async (config) => {
    const metadata = config.serverMetadata();
    run.context.serverFamily = serverFamily(input.issuer, metadata);
    run.context.dpop = {
      ...run.context.dpop!,
      serverOffers: Array.isArray(metadata.dpop_signing_alg_values_supported),
    };
    remember.serverFamily = run.context.serverFamily;
    const tokens = await oidc.refreshTokenGrant(
      config,
      input.refreshToken,
      tokenParameters(input),
      dpopOptions(config, dpopKey),
    );
    // Compared here, on the main side: neither refresh token leaves it, only the verdict does.
    const verdict = rotationVerdict(input.refreshToken, tokens.refresh_token);
    remember.rotation = verdict;
    (run.warnings ??= []).push(rotationAdvice(verdict, run.context.serverFamily));
    return tokens;
  });
}
