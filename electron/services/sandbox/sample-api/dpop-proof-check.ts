import { createHash } from 'node:crypto';
import {
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
} from 'jose';
import { DPOP_ALGORITHMS, DPOP_LIMITS } from './dpop-limits.js';
import type { DpopNonces } from './dpop-nonces.js';
import type { DpopReplayCache } from './dpop-replay-cache.js';

/** The RFC 9449 §4.3 and §7.1 check that failed, in the order they run. */
export type DpopCheck =
  | 'dpop-header'
  | 'dpop-format'
  | 'dpop-typ'
  | 'dpop-alg'
  | 'dpop-jwk'
  | 'dpop-signature'
  | 'dpop-claims'
  | 'dpop-htm'
  | 'dpop-htu'
  | 'dpop-nonce'
  | 'dpop-iat'
  | 'dpop-ath'
  | 'dpop-binding'
  | 'dpop-jti';

export interface DpopProofFailure {
  check: DpopCheck;
  error: 'invalid_dpop_proof' | 'use_dpop_nonce' | 'invalid_token';
  message: string;
  /** With use_dpop_nonce: the nonce to send in the next proof (RFC 9449 §9). */
  nonce?: string;
}

export interface DpopProofRequest {
  /** Every `DPoP` header of the request (RFC 9449 §4.3 step 1: there must be exactly one). */
  proofs: string[];
  method: string;
  /** The request's URL as the API received it. */
  url: string;
  accessToken: string;
  /** The token's `cnf.jkt` (RFC 9449 §6.1). */
  jkt: string;
  nowSeconds: number;
  /** Present when the API asks for nonces of its own. */
  nonces?: DpopNonces;
  replay: DpopReplayCache;
}

/** JWK members that only a private key has (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037 §2). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

const proofFailure = (check: DpopCheck, message: string): DpopProofFailure => ({
  check,
  error: 'invalid_dpop_proof',
  message,
});

/** RFC 9449 §4.3 step 9: htu compares without query and fragment, after URL normalization (RFC 3986 §6.2.2-3). */
function withoutQuery(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}

/** The header's claims a proof must have, once its signature is known good (RFC 9449 §4.2). */
function missingClaim(payload: JWTPayload & Record<string, unknown>): string | undefined {
  if (typeof payload.jti !== 'string' || payload.jti === '') return 'jti';
  if (typeof payload.htm !== 'string') return 'htm';
  if (typeof payload.htu !== 'string') return 'htu';
  if (typeof payload.iat !== 'number') return 'iat';
  if (typeof payload.ath !== 'string') return 'ath';
  return undefined;
}

/**
 * Checks the DPoP proof of a request that carries a DPoP-bound access token, as RFC 9449 §4.3 and §7.1 list the
 * checks; stops at the first that fails and names it, with the fix. A proof that passes has its `jti` remembered.
 */
export async function checkDpopProof(request: DpopProofRequest): Promise<DpopProofFailure | undefined> {
  if (request.proofs.length !== 1) {
    return proofFailure(
      'dpop-header',
      request.proofs.length
        ? `The request has ${request.proofs.length} DPoP headers; send exactly one (RFC 9449 §4.3).`
        : 'The token is DPoP-bound but the request has no DPoP header: send a proof signed by the key the token is bound to (RFC 9449 §7.1).',
    );
  }
  const proof = request.proofs[0]!;
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    if (proof.split('.').length !== 3) throw new Error('not three parts');
    header = decodeProtectedHeader(proof);
  } catch {
    return proofFailure(
      'dpop-format',
      'The DPoP header is not a signed JWT (header.payload.signature) (RFC 9449 §4.2).',
    );
  }
  if (header.typ !== 'dpop+jwt')
    return proofFailure(
      'dpop-typ',
      `The proof's typ is "${String(header.typ ?? '')}", not "dpop+jwt" (RFC 9449 §4.2).`,
    );
  if (typeof header.alg !== 'string' || !(DPOP_ALGORITHMS as readonly string[]).includes(header.alg)) {
    return proofFailure(
      'dpop-alg',
      `The proof's alg is "${String(header.alg ?? '')}"; a proof is signed with an asymmetric algorithm, never none nor a MAC (RFC 9449 §4.2). Accepted: ${DPOP_ALGORITHMS.join(' ')}.`,
    );
  }
  const jwk = header.jwk as JWK | undefined;
  if (!jwk || typeof jwk !== 'object' || Array.isArray(jwk))
    return proofFailure('dpop-jwk', "The proof's header has no jwk: the public key it is signed with (RFC 9449 §4.2).");
  if (PRIVATE_MEMBERS.some((member) => member in jwk)) {
    return proofFailure(
      'dpop-jwk',
      "The proof's jwk holds a private or symmetric key; it must be the public key only (RFC 9449 §4.3 step 7). That key is no longer secret: make a new one.",
    );
  }
  let payload: JWTPayload & Record<string, unknown>;
  try {
    const verified = await compactVerify(proof, await importJWK(jwk, header.alg), { algorithms: [header.alg] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as JWTPayload & Record<string, unknown>;
  } catch {
    return proofFailure(
      'dpop-signature',
      "The proof's signature does not verify with the jwk in its own header (RFC 9449 §4.3 step 6).",
    );
  }
  const missing = missingClaim(payload);
  if (missing) {
    return proofFailure(
      'dpop-claims',
      `The proof has no ${missing} claim; a proof sent with an access token needs jti, htm, htu, iat and ath (RFC 9449 §4.2, §7.1).`,
    );
  }
  if ((payload.jti as string).length > DPOP_LIMITS.JTI_MAX_LENGTH)
    return proofFailure(
      'dpop-claims',
      `The proof's jti is longer than ${DPOP_LIMITS.JTI_MAX_LENGTH} characters, the limit of this API (RFC 9449 §11.1 leaves it to the server): use a shorter random value.`,
    );
  if (payload.htm !== request.method) {
    return proofFailure(
      'dpop-htm',
      `The proof is for ${String(payload.htm)} but the request is ${request.method}: make a proof per request (RFC 9449 §4.3 step 8).`,
    );
  }
  if (withoutQuery(payload.htu as string) !== withoutQuery(request.url)) {
    return proofFailure(
      'dpop-htu',
      `The proof is for ${String(payload.htu)} but the request went to ${withoutQuery(request.url)}; htu is the URL without query and fragment (RFC 9449 §4.3 step 9).`,
    );
  }
  if (request.nonces && !request.nonces.accepts(payload.nonce, request.nowSeconds)) {
    return {
      check: 'dpop-nonce',
      error: 'use_dpop_nonce',
      message:
        payload.nonce === undefined
          ? 'This API asks for a nonce in every DPoP proof: send the proof again with the DPoP-Nonce it answered (RFC 9449 §9).'
          : "The proof's nonce is not one this API gave out, or is too old: use the DPoP-Nonce it answered now (RFC 9449 §9).",
      nonce: request.nonces.issue(request.nowSeconds),
    };
  }
  const window = DPOP_LIMITS.IAT_WINDOW_SECONDS;
  if (Math.abs((payload.iat as number) - request.nowSeconds) > window) {
    return proofFailure(
      'dpop-iat',
      `The proof was made at ${new Date((payload.iat as number) * 1000).toISOString()}, more than ${window} s from this API's clock; make a fresh proof for each request, and check the clock (RFC 9449 §4.3 step 11).`,
    );
  }
  const ath = createHash('sha256').update(request.accessToken).digest('base64url');
  if (payload.ath !== ath) {
    return proofFailure(
      'dpop-ath',
      "The proof's ath is not the SHA-256 of the access token sent with it (base64url): the proof was made for another token (RFC 9449 §4.3 step 12).",
    );
  }
  const thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
  if (thumbprint !== request.jkt) {
    // RFC 9449 §7.1 words this one as the token's fault: invalid_token, "Invalid DPoP key binding".
    return {
      check: 'dpop-binding',
      error: 'invalid_token',
      message: `Invalid DPoP key binding: the token is bound to key ${request.jkt} (cnf.jkt) but the proof is signed by key ${thumbprint} (RFC 7638 thumbprints). Sign the proof with the key the token was issued for (RFC 9449 §7.1).`,
    };
  }
  const replay = request.replay.remember(payload.jti as string, request.nowSeconds);
  if (replay === 'seen') {
    return proofFailure(
      'dpop-jti',
      'This proof was already used (its jti was seen): make a new proof for each request (RFC 9449 §11.1).',
    );
  }
  if (replay === 'full') {
    return proofFailure(
      'dpop-jti',
      `The sample API remembers at most ${DPOP_LIMITS.JTI_CACHE_LIMIT} proofs from the last ${2 * window} s and has no room: wait a minute and try again.`,
    );
  }
  return undefined;
}
