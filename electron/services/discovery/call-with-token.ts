import { finalCallOutcome, type StepOutcome } from '../../../shared/discovery/discovery-chain.js';
import { asksForDpopNonce } from '../../../shared/replay/dpop-nonce-challenge.js';
import type { HttpCapture } from '../flows/http-capture.js';
import { dpopProver } from '../replay/dpop-prover.js';
import { getDocument, type DocumentAnswer } from './get-document.js';

/**
 * The API called again with the token the sign-in got: `Bearer`, or for a DPoP-bound token `DPoP` with a proof from
 * the run's key, made by the same prover as replay's (RFC 9449 §7.1, `ath` included), made again once with the
 * `DPoP-Nonce` the API may ask for (§9).
 */
export async function callWithToken(
  capture: HttpCapture,
  url: string,
  accessToken: string,
  dpopKey?: CryptoKeyPair,
): Promise<StepOutcome<number>> {
  capture.addSecret(accessToken);
  const scheme = dpopKey ? 'DPoP' : 'Bearer';
  const prover = dpopKey ? await dpopProver(dpopKey) : undefined;
  const send = async (nonce?: string): Promise<DocumentAnswer> => {
    const headers: Record<string, string> = { authorization: `${scheme} ${accessToken}` };
    // A proof is single-use (RFC 9449 §11.1): a new one for each try.
    if (prover) headers.dpop = await prover.proof('GET', url, accessToken, nonce);
    return getDocument(capture, url, headers);
  };
  let answer = await send();
  if (prover && answer.status === 401 && answer.dpopNonce && answer.wwwAuthenticate.some((w) => asksForDpopNonce(w)))
    answer = await send(answer.dpopNonce);
  if (answer.status === undefined)
    return {
      ok: false,
      failure: {
        kind: 'api-refused-token',
        explanation: `The call with the token did not get an answer: ${answer.error}.`,
        fix: 'Check that the API is still running and reachable, then start again.',
      },
    };
  return finalCallOutcome(answer.status, answer.wwwAuthenticate, scheme);
}
