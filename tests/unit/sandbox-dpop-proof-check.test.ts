import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { checkDpopProof, type DpopCheck } from '../../electron/services/sandbox/sample-api/dpop-proof-check.js';
import { DpopNonces } from '../../electron/services/sandbox/sample-api/dpop-nonces.js';
import { DpopReplayCache } from '../../electron/services/sandbox/sample-api/dpop-replay-cache.js';

const NOW = 1_800_000_000;
const URL_CALLED = 'http://127.0.0.1:4000/sample-api/products';
const TOKEN = 'header.payload.signature-of-the-access-token';
const ath = (token: string) => createHash('sha256').update(token).digest('base64url');

const key = await generateKeyPair('ES256', { extractable: true });
const jwk = await exportJWK(key.publicKey);
const privateJwk = await exportJWK(key.privateKey);
const other = await generateKeyPair('ES256', { extractable: true });
const otherJwk = await exportJWK(other.publicKey);
const JKT = await calculateJwkThumbprint(jwk);

interface ProofOptions {
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  without?: string[];
  signer?: CryptoKey;
}

let counter = 0;
async function proof(options: ProofOptions = {}): Promise<string> {
  const claims: Record<string, unknown> = {
    jti: `jti-${++counter}`,
    htm: 'GET',
    htu: URL_CALLED,
    iat: NOW,
    ath: ath(TOKEN),
    ...options.claims,
  };
  for (const name of options.without ?? []) delete claims[name];
  const header = { alg: 'ES256', typ: 'dpop+jwt', jwk, ...options.header };
  return new SignJWT(claims).setProtectedHeader(header as never).sign(options.signer ?? key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsigned = (header: Record<string, unknown>) =>
  `${b64(header)}.${b64({ jti: 'x', htm: 'GET', htu: URL_CALLED, iat: NOW, ath: ath(TOKEN) })}.`;

interface Row {
  name: string;
  proofs: () => Promise<string[]>;
  expected?: { check: DpopCheck; error: string };
  request?: { method?: string; url?: string; jkt?: string; nonce?: 'ask' | 'give' };
}

const invalid = (check: DpopCheck) => ({ check, error: 'invalid_dpop_proof' });

const rows: Row[] = [
  { name: 'a good proof', proofs: async () => [await proof()] },
  {
    name: 'htu compared without query and fragment',
    proofs: async () => [await proof({ claims: { htu: `${URL_CALLED}?page=2#top` } })],
  },
  { name: 'no DPoP header', proofs: async () => [], expected: invalid('dpop-header') },
  { name: 'two DPoP headers', proofs: async () => [await proof(), await proof()], expected: invalid('dpop-header') },
  { name: 'not a JWT', proofs: async () => ['not-a-jwt'], expected: invalid('dpop-format') },
  { name: 'typ JWT', proofs: async () => [await proof({ header: { typ: 'JWT' } })], expected: invalid('dpop-typ') },
  {
    name: 'alg none',
    proofs: async () => [unsigned({ alg: 'none', typ: 'dpop+jwt', jwk })],
    expected: invalid('dpop-alg'),
  },
  {
    name: 'alg HS256 (a MAC)',
    proofs: async () => [
      await new SignJWT({ jti: 'h', htm: 'GET', htu: URL_CALLED, iat: NOW, ath: ath(TOKEN) })
        .setProtectedHeader({ alg: 'HS256', typ: 'dpop+jwt', jwk: { kty: 'oct' } as JWK })
        .sign(new Uint8Array(32)),
    ],
    expected: invalid('dpop-alg'),
  },
  { name: 'no jwk', proofs: async () => [await proof({ header: { jwk: undefined } })], expected: invalid('dpop-jwk') },
  {
    name: 'a private jwk',
    proofs: async () => [await proof({ header: { jwk: privateJwk } })],
    expected: invalid('dpop-jwk'),
  },
  {
    name: 'signed by another key than its jwk',
    proofs: async () => [await proof({ signer: other.privateKey })],
    expected: invalid('dpop-signature'),
  },
  { name: 'no jti', proofs: async () => [await proof({ without: ['jti'] })], expected: invalid('dpop-claims') },
  { name: 'no ath', proofs: async () => [await proof({ without: ['ath'] })], expected: invalid('dpop-claims') },
  {
    name: 'a jti over the length limit',
    proofs: async () => [await proof({ claims: { jti: 'j'.repeat(257) } })],
    expected: invalid('dpop-claims'),
  },
  {
    name: 'htm of another method',
    proofs: async () => [await proof({ claims: { htm: 'POST' } })],
    expected: invalid('dpop-htm'),
  },
  {
    name: 'htu of another path',
    proofs: async () => [await proof({ claims: { htu: 'http://127.0.0.1:4000/sample-api/orders' } })],
    expected: invalid('dpop-htu'),
  },
  {
    name: 'iat two minutes old',
    proofs: async () => [await proof({ claims: { iat: NOW - 120 } })],
    expected: invalid('dpop-iat'),
  },
  {
    name: 'iat two minutes ahead',
    proofs: async () => [await proof({ claims: { iat: NOW + 120 } })],
    expected: invalid('dpop-iat'),
  },
  {
    name: 'ath of another token',
    proofs: async () => [await proof({ claims: { ath: ath('another token') } })],
    expected: invalid('dpop-ath'),
  },
  {
    name: 'a key the token is not bound to',
    proofs: async () => [await proof()],
    request: { jkt: await calculateJwkThumbprint(otherJwk) },
    expected: { check: 'dpop-binding', error: 'invalid_token' },
  },
  {
    name: 'no nonce where the API asks for one',
    proofs: async () => [await proof()],
    request: { nonce: 'ask' },
    expected: { check: 'dpop-nonce', error: 'use_dpop_nonce' },
  },
  {
    name: 'a nonce the API never gave',
    proofs: async () => [await proof({ claims: { nonce: 'made-up' } })],
    request: { nonce: 'ask' },
    expected: { check: 'dpop-nonce', error: 'use_dpop_nonce' },
  },
];

describe('checkDpopProof: a proof failing each RFC 9449 check gets that check and its error', () => {
  it.each(rows)('$name', async ({ proofs, expected, request }) => {
    const nonces = new DpopNonces();
    const failure = await checkDpopProof({
      proofs: await proofs(),
      method: request?.method ?? 'GET',
      url: request?.url ?? URL_CALLED,
      accessToken: TOKEN,
      jkt: request?.jkt ?? JKT,
      nowSeconds: NOW,
      ...(request?.nonce ? { nonces } : {}),
      replay: new DpopReplayCache(),
    });
    if (!expected) expect(failure).toBeUndefined();
    else expect(failure).toMatchObject(expected);
    if (failure) expect(failure.message).toMatch(/RFC|limit|remembers/);
    if (expected?.error === 'use_dpop_nonce') expect(failure?.nonce).toBe(nonces.issue(NOW));
  });

  it('takes the nonce it gave, and refuses a proof the second time (jti replay)', async () => {
    const nonces = new DpopNonces();
    const replay = new DpopReplayCache();
    const request = { method: 'GET', url: URL_CALLED, accessToken: TOKEN, jkt: JKT, nowSeconds: NOW, nonces, replay };
    const withNonce = await proof({ claims: { nonce: nonces.issue(NOW) } });
    expect(await checkDpopProof({ ...request, proofs: [withNonce] })).toBeUndefined();
    expect(await checkDpopProof({ ...request, proofs: [withNonce] })).toMatchObject(invalid('dpop-jti'));
  });
});

describe('DpopReplayCache: bounded, forgets what can no longer be replayed', () => {
  it('refuses new proofs when full of fresh ones, and takes them once the old ones aged out', () => {
    const cache = new DpopReplayCache(2);
    expect([cache.remember('a', NOW), cache.remember('a', NOW), cache.remember('b', NOW)]).toEqual([
      'recorded',
      'seen',
      'recorded',
    ]);
    expect(cache.remember('c', NOW + 1)).toBe('full');
    expect(cache.remember('c', NOW + 120)).toBe('recorded');
    expect(cache.remember('a', NOW + 120)).toBe('recorded');
  });
});
