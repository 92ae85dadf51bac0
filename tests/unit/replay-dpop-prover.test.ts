import { describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { dpopProver } from '../../electron/services/replay/dpop-prover.js';
import { checkDpopProof } from '../../electron/services/sandbox/sample-api/dpop-proof-check.js';
import { DpopNonces } from '../../electron/services/sandbox/sample-api/dpop-nonces.js';
import { DpopReplayCache } from '../../electron/services/sandbox/sample-api/dpop-replay-cache.js';

const TOKEN = 'eyJhbGciOiJFUzM4NCJ9.eyJjbmYiOnt9fQ.c2ln';
const API = 'http://127.0.0.1:4000/sample-api/products';

describe("replay's proofs pass an RFC 9449 §4.3 check (the sandbox's), for each kind of request", () => {
  const rows = [
    { name: 'a GET', method: 'GET', url: API },
    { name: 'a URL with a query and a fragment (htu without them)', method: 'GET', url: `${API}?page=2#top` },
    { name: 'a DELETE', method: 'DELETE', url: `${API}/p-1` },
    { name: "with the API's nonce", method: 'POST', url: API, nonce: true },
  ];
  it.each(rows)('$name', async ({ method, url, nonce }) => {
    const key = await oidc.randomDPoPKeyPair('ES256');
    const prover = await dpopProver(key);
    const nonces = new DpopNonces();
    const now = Math.floor(Date.now() / 1000);
    const proof = await prover.proof(method, url, TOKEN, nonce ? nonces.issue(now) : undefined);
    expect(decodeProtectedHeader(proof).jwk).not.toHaveProperty('d');
    expect(decodeJwt(proof)).toMatchObject({ htm: method, htu: url.replace(/[?#].*$/, '') });
    const failure = await checkDpopProof({
      proofs: [proof],
      method,
      url,
      accessToken: TOKEN,
      jkt: prover.jkt,
      nowSeconds: now,
      ...(nonce ? { nonces } : {}),
      replay: new DpopReplayCache(),
    });
    expect(failure).toBeUndefined();
  });
});
