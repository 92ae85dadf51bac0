import { describe, expect, it } from 'vitest';
import { compareTokens } from '../../shared/inspect/token-inspection.js';
import { NOW, NOW_S, b64url, m2mClaims, makeIssuer, sign } from './inspect-fixtures.js';

const issuer = await makeIssuer();

describe('compareTokens', () => {
  it('contrasts a PAT exchange token with an M2M token in plain language', async () => {
    const pat = await sign(
      issuer,
      m2mClaims({
        sub: 'u_alice',
        client_id: 'exchange-app',
        scope: 'read:products write:products',
        exp: NOW_S + 3600,
      }),
    );
    const m2m = await sign(issuer, m2mClaims({ scope: 'read:products', exp: NOW_S + 600 }));
    const comparison = compareTokens(
      { raw: pat, label: 'A', hasRefreshToken: true },
      { raw: m2m, label: 'B', hasRefreshToken: false },
      { subjectNames: { u_alice: 'alice' }, now: NOW },
    );
    const text = comparison.summary.join('. ');
    expect(text).toMatch(
      /A acts as user alice with the user's roles; B acts as the app itself \(app-m2m-1\) with its M2M roles/,
    );
    expect(text).toMatch(/B has no refresh token/);
    expect(text).toMatch(/A expires later/);
    expect(text).toMatch(/Only A has write:products/);
    expect(text).toMatch(/Both are for https:\/\/api\.example\.com/);
    expect(comparison.claims.find((c) => c.claim === 'sub')).toMatchObject({
      status: 'changed',
      a: 'u_alice',
      b: 'app-m2m-1',
    });
    expect(comparison.claims.find((c) => c.claim === 'iss')).toMatchObject({ status: 'same' });
  });

  it('lists claims only one token has and never throws on junk', async () => {
    const a = await sign(issuer, m2mClaims({ organization_id: 'o1' }));
    const comparison = compareTokens(a, 'not a token');
    expect(comparison.claims.find((c) => c.claim === 'organization_id')).toMatchObject({ status: 'only-a' });
    expect(comparison.summary.join(' ')).toMatch(/names no subject/);
  });
});

describe('compareTokens on hostile input', () => {
  const deep = `${b64url('{"alg":"ES256"}')}.${b64url(`{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`)}.c2ln`;

  it.each([
    ['a payload nested 10,000 levels', deep, /nested deeper than 32 levels/],
    ['5 MB of A', 'A'.repeat(5 * 1024 * 1024), /over the limit of 64 KB/],
  ])('never throws on %s, and says why it was not compared', (_name, hostile, reason) => {
    const comparison = compareTokens(hostile, hostile);
    expect(comparison.summary.join(' ')).toMatch(reason);
    expect(comparison.claims).toEqual([]);
  });
});
