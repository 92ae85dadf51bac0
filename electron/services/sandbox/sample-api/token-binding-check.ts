import type { JWTPayload } from 'jose';
import type { AccessTokenFailure, TokenScheme } from './access-token-check.js';
import { checkDpopProof } from './dpop-proof-check.js';
import type { DpopNonces } from './dpop-nonces.js';
import type { DpopReplayCache } from './dpop-replay-cache.js';

export interface TokenBindingRequest {
  scheme: TokenScheme;
  token: string;
  /** The verified token's claims. */
  payload: JWTPayload & { cnf?: { jkt?: unknown } };
  proofs: string[];
  method: string;
  url: string;
  /** The API takes DPoP-bound tokens only (RFC 9728 `dpop_bound_access_tokens_required`). */
  required: boolean;
  /** Present when the API asks for its own nonces (RFC 9449 §9). */
  nonces?: DpopNonces;
  replay: DpopReplayCache;
  nowSeconds: number;
}

const refuse = (check: AccessTokenFailure['check'], message: string, payload: JWTPayload): AccessTokenFailure => ({
  check,
  status: 401,
  error: 'invalid_token',
  message,
  payload,
});

/**
 * RFC 9449 §7.1: a DPoP-bound token (`cnf.jkt`) is good only with the DPoP scheme and a proof of its key; sent as
 * Bearer it is refused, which is what makes a stolen bound token useless. A token without `cnf.jkt` is a bearer
 * token, refused where the API requires DPoP-bound ones.
 */
export async function checkTokenBinding(request: TokenBindingRequest): Promise<AccessTokenFailure | undefined> {
  const { payload } = request;
  const jkt = typeof payload.cnf?.jkt === 'string' ? payload.cnf.jkt : undefined;
  if (jkt && request.scheme === 'bearer') {
    return refuse(
      'dpop-scheme',
      'This token is DPoP-bound (cnf.jkt), so it is refused as Bearer: send "Authorization: DPoP <token>" with a DPoP proof signed by its key (RFC 9449 §7.1).',
      payload,
    );
  }
  if (!jkt && request.required) {
    return refuse(
      'dpop-scheme',
      'This API takes DPoP-bound access tokens only (dpop_bound_access_tokens_required): ask for the token with a DPoP proof so it is bound to your key (RFC 9449 §5), then call with that key.',
      payload,
    );
  }
  if (!jkt && request.scheme === 'dpop') {
    return refuse(
      'dpop-scheme',
      'The token came with the DPoP scheme but is not DPoP-bound (no cnf.jkt): send it as Bearer, or ask for a DPoP-bound token (RFC 9449 §7.1).',
      payload,
    );
  }
  if (!jkt) return undefined;
  const failure = await checkDpopProof({
    proofs: request.proofs,
    method: request.method,
    url: request.url,
    accessToken: request.token,
    jkt,
    nowSeconds: request.nowSeconds,
    ...(request.nonces ? { nonces: request.nonces } : {}),
    replay: request.replay,
  });
  return failure ? { ...failure, status: 401, payload } : undefined;
}
