import { describe, expect, it } from 'vitest';
import { analyzeToken } from '../../shared/inspect/token-inspection.js';
import { verdictSentence } from '../../renderer/src/features/inspector/verdict-sentence.js';
import { API, ISSUER, NOW, forge, m2mClaims, makeIssuer, sign } from './inspect-fixtures.js';

const issuer = await makeIssuer();

describe("the inspector view's verdict", () => {
  it.each<[string, () => Promise<string>, object, 'pass' | 'fail' | 'unverified', RegExp]>([
    [
      'a verified good token',
      () => sign(issuer),
      { jwks: issuer.jwks, expectedIssuer: ISSUER },
      'pass',
      /^valid: signature verified, no check failed/,
    ],
    [
      'a token whose keys are unknown',
      () => sign(issuer),
      {},
      'unverified',
      /^not verified \(no check failed, but that proves nothing yet\)/,
    ],
    [
      'a forged ES256 token',
      async () => forge({ alg: 'ES256' }, { sub: 'x' }, 'c2ln'),
      {},
      'unverified',
      /^not verified/,
    ],
    ['an opaque token', async () => 'o'.repeat(43), { expectedAudience: API }, 'unverified', /^not verified/],
    [
      'an expired token',
      () => sign(issuer, m2mClaims({ exp: 1 })),
      { jwks: issuer.jwks, expectedIssuer: ISSUER },
      'fail',
      /^not valid: 1 check failed/,
    ],
  ])('%s', async (_name, token, options, tone, headline) => {
    const sentence = verdictSentence(await analyzeToken(await token(), { now: NOW, ...options }));
    expect(sentence.tone).toBe(tone);
    expect(sentence.headline).toMatch(headline);
    if (tone === 'unverified') {
      expect(sentence.reason).not.toBe('');
      expect(sentence.fix).toBeTruthy();
    }
  });
});
