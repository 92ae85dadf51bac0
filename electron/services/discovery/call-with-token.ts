import * as oidc from 'openid-client';
import { finalCallOutcome, type StepOutcome } from '../../../shared/discovery/index.js';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';
import type { HttpCapture } from '../flows/http-capture.js';

/**
 * The API called again with the token the sign-in got, through openid-client's fetchProtectedResource: `Bearer`, or
 * for a DPoP-bound token `DPoP` with a proof from the run's key (RFC 9449 §7.1, `ath` included), retried once with
 * the `DPoP-Nonce` the API may ask for (§9).
 */
export async function callWithToken(
  config: oidc.Configuration,
  capture: HttpCapture,
  url: string,
  accessToken: string,
  dpopKey?: CryptoKeyPair,
): Promise<StepOutcome<number>> {
  capture.addSecret(accessToken);
  // The chain accepted an http:// API on this machine (api-url.ts); openid-client refuses plain http otherwise.
  if (isLoopbackUrl(url)) oidc.allowInsecureRequests(config);
  const scheme = dpopKey ? 'DPoP' : 'Bearer';
  const options = dpopKey ? { DPoP: oidc.getDPoPHandle(config, dpopKey) } : undefined;
  let response: Response;
  try {
    response = await oidc.fetchProtectedResource(
      config,
      accessToken,
      new URL(url),
      'GET',
      undefined,
      undefined,
      options,
    );
  } catch (error) {
    if (error instanceof oidc.WWWAuthenticateChallengeError) response = error.response;
    else
      return {
        ok: false,
        failure: {
          kind: 'api-refused-token',
          explanation: `The call with the token did not get an answer: ${(error as Error).message}.`,
          fix: 'Check that the API is still running and reachable, then start again.',
        },
      };
  }
  await response.text().catch(() => undefined);
  const www = response.headers.get('www-authenticate');
  return finalCallOutcome(response.status, www ? [www] : [], scheme);
}
