/**
 * RFC 9449's side of a challenge: its two error codes, and `invalid_token` for a DPoP-bound token sent as Bearer.
 * Read from what the API answered (scheme, error, `DPoP-Nonce`), never assumed of the server.
 */
import type { ChallengeExplanation, ExplainContext } from './explain-challenge.js';

const PROOF_RULES =
  'a proof is a JWT with typ dpop+jwt, signed by the key the token is bound to (its public jwk in the header), with ' +
  'htm = the method, htu = the URL without query, a fresh iat and jti, ath = the SHA-256 of the token, and the ' +
  "API's nonce when it asks for one";

export function explainInvalidDpopProof(base: ChallengeExplanation): ChallengeExplanation {
  return {
    ...base,
    title: 'The DPoP proof was refused (invalid_dpop_proof)',
    explanation: `RFC 9449 §7.1: the token may be fine, but the DPoP header with it failed a check of §4.3: ${PROOF_RULES}.${base.errorDescription ? ' The server says which check, above.' : ''}`,
    fix: 'Send the call again (a replay makes a new proof each time, with the key of the run that got the token). A proof made by hand must follow every rule above; a replayed one is refused, since each jti is single-use.',
  };
}

export function explainUseDpopNonce(base: ChallengeExplanation, context: ExplainContext): ChallengeExplanation {
  const nonce = context.dpopNonce;
  return {
    ...base,
    ...(nonce ? { dpopNonce: nonce } : {}),
    title: 'The API wants its nonce in the DPoP proof (use_dpop_nonce)',
    explanation:
      `RFC 9449 §9: this API lets a proof through only with a nonce it handed out, so a proof cannot be made ahead of time. ${nonce ? `It sent one in the DPoP-Nonce header: "${nonce}".` : 'It sent no DPoP-Nonce header, so there is no nonce to use: that is a fault of the API.'}` +
      (context.retriedWithNonce
        ? ' Tokenscope already sent the call again with its nonce, and the API refused that too.'
        : ''),
    fix: context.retriedWithNonce
      ? "The API refused its own fresh nonce: check the API's nonce handling (a nonce must stay good for at least the next request)."
      : 'Make the proof again with "nonce" set to that value and send the call again; a replay does this once by itself for a token whose run holds its key.',
  };
}

/** RFC 9449 §7.1: the API refuses a DPoP-bound token sent as Bearer; that is what makes a stolen one useless. */
export function explainBoundTokenAsBearer(base: ChallengeExplanation): ChallengeExplanation {
  return {
    ...base,
    title: 'A DPoP-bound token was sent as Bearer (invalid_token)',
    explanation:
      'The token carries cnf.jkt: it is bound to a key (RFC 9449 §6.1), and the API refuses it without a proof of that key (RFC 9449 §7.1). ' +
      'This is the protection working: whoever copies the token, without the private key, cannot use it.',
    fix: 'Send it with the DPoP scheme and a proof: pick the token of the run that received it (that run holds the key) and do not force Bearer.',
  };
}

/** The API answered with the DPoP scheme and no error: it wants a DPoP-bound token (RFC 9449 §7.1). */
export function explainDpopWanted(base: ChallengeExplanation, context: ExplainContext): ChallengeExplanation {
  return {
    ...base,
    title: context.sentToken === false ? 'No token was sent; the API takes DPoP' : 'The API wants a DPoP-bound token',
    explanation: `RFC 9449 §7.1: a DPoP challenge${base.algs?.length ? ` (proofs signed with ${base.algs.join(', ')})` : ''} says the API takes tokens bound to a key, sent as "Authorization: DPoP <token>" with a proof.`,
    fix: 'Request a token with DPoP ticked (it is bound to a key the run holds), then call with it: the replay adds the proof.',
  };
}
