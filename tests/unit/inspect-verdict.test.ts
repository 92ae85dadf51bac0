// Issue 11 item 3 and issue 12: the inspector fails closed. A verdict it could not verify is "not verified", never
// "valid"; inputs it cannot judge are refused with a plain message, never a crash.
import { afterAll, describe, expect, it } from 'vitest';
import { SignJWT, exportSPKI } from 'jose';
import {
  analyzeToken,
  exitCodeOf,
  TOKEN_SIZE_LIMIT,
  CLAIM_DEPTH_LIMIT,
  type TokenAnalysis,
} from '../../shared/inspect/token-inspection.js';
import { inspectToken } from '../../electron/services/inspect/inspect-token.js';
import {
  API,
  ISSUER,
  NOW,
  forge,
  liveClaims,
  m2mClaims,
  makeIssuer,
  sign,
  startIssuerServer,
  statusOf,
} from './inspect-fixtures.js';

const issuer = await makeIssuer();
const server = await startIssuerServer(issuer.jwks);
afterAll(() => server.close());

const nested = (depth: number) => JSON.parse(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`) as object;
const deepToken = (depth: number) =>
  `${forge({ alg: 'ES256' }, m2mClaims()).split('.')[0]}.${Buffer.from(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`).toString('base64url')}.c2ln`;

async function hs256WithPublicKey(iss: string) {
  const secret = new TextEncoder().encode(await exportSPKI(issuer.publicKey));
  return new SignJWT(liveClaims(iss)).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: issuer.kid }).sign(secret);
}

describe('the verdict: valid, invalid or not verified', () => {
  it.each<[string, () => Promise<TokenAnalysis>, 'valid' | 'invalid' | 'not_verified', RegExp]>([
    [
      'a forged ES256 token with no iss and no keys',
      async () => analyzeToken(forge({ alg: 'ES256' }, { sub: 'x' }, 'c2ln')),
      'not_verified',
      /issuer's keys are not known/,
    ],
    [
      'a good token whose keys came from the trusted issuer',
      async () => analyzeToken(await sign(issuer), { jwks: issuer.jwks, expectedIssuer: ISSUER, now: NOW }),
      'valid',
      /[Ss]ignature verified/,
    ],
    [
      'a good token whose keys came only from its own iss',
      async () => inspectToken({ token: await sign(issuer, liveClaims(server.issuer)) }),
      'not_verified',
      /names itself/,
    ],
    [
      'an opaque token checked for an audience and a scope',
      async () => analyzeToken('x'.repeat(43), { expectedAudience: API, requiredScopes: ['read:products'] }),
      'not_verified',
      /introspection/,
    ],
    [
      'an opaque token with nothing asked of it',
      async () => analyzeToken('A'.repeat(43)),
      'not_verified',
      /introspection/,
    ],
    [
      'a token with an expired exp',
      async () =>
        analyzeToken(await sign(issuer, m2mClaims({ exp: 1 })), {
          jwks: issuer.jwks,
          expectedIssuer: ISSUER,
          now: NOW,
        }),
      'invalid',
      /exp/,
    ],
    [
      '5 MB of A',
      async () => analyzeToken('A'.repeat(5 * 1024 * 1024)),
      'invalid',
      new RegExp(`over the limit of ${TOKEN_SIZE_LIMIT / 1024} KB`),
    ],
    [
      'a payload nested deeper than the limit',
      async () => analyzeToken(deepToken(10_000)),
      'invalid',
      new RegExp(`nested deeper than ${CLAIM_DEPTH_LIMIT} levels`),
    ],
  ])('%s', async (_name, analyze, status, reason) => {
    const analysis = await analyze();
    expect(analysis.verdict.status).toBe(status);
    expect(analysis.verdict.reason).toMatch(reason);
    expect(analysis.valid).toBe(status === 'valid');
    if (status === 'not_verified') expect(analysis.verdict.fix).toBeTruthy();
  });

  it('never hands back a payload too deep to print', async () => {
    const analysis = await analyzeToken(deepToken(100_000));
    expect(analysis.payload).toBeUndefined();
    expect(() => JSON.stringify(analysis)).not.toThrow();
    expect(nested(CLAIM_DEPTH_LIMIT - 2)).toBeTruthy();
    const shallow = await analyzeToken(forge({ alg: 'ES256' }, { sub: 'x', a: [[[1]]] }, 'c2ln'));
    expect(shallow.payload).toBeDefined();
  });

  it('fails HS256 when the issuer publishes only asymmetric keys, also when the keys are fetched (RFC 8725 §3.1)', async () => {
    const analysis = await inspectToken({ token: await hs256WithPublicKey(server.issuer), issuer: server.issuer });
    expect(statusOf(analysis.checks, 'alg')).toBe('fail');
    expect(analysis.checks.find((c) => c.id === 'alg')?.message).toMatch(/key-confusion/);
    expect(analysis.verdict.status).toBe('invalid');
  });
});

describe('exit codes, in one place', () => {
  it.each<['valid' | 'invalid' | 'not_verified', 'access_token' | 'malformed', boolean, number]>([
    ['valid', 'access_token', false, 0],
    ['invalid', 'access_token', false, 1],
    ['not_verified', 'access_token', false, 1],
    ['valid', 'access_token', true, 0],
    ['invalid', 'access_token', true, 0],
    ['not_verified', 'access_token', true, 0],
    // Decoding only still fails on what could not be decoded (refused, malformed).
    ['invalid', 'malformed', true, 1],
  ])('%s %s, decode only %s → %i', (status, kind, decodeOnly, code) => {
    expect(exitCodeOf({ kind, verdict: { status, reason: '', fix: undefined } }, { decodeOnly })).toBe(code);
  });
});
