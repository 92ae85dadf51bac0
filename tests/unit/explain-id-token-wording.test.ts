import { describe, expect, it } from 'vitest';
import { analyzeToken } from '../../shared/inspect/analyze-token.js';
import { compareTokens } from '../../shared/inspect/compare-tokens.js';
import { API, ISSUER, NOW, NOW_S, m2mClaims, makeIssuer, sign } from './inspect-fixtures.js';

/** A Logto ID token: typ JWT, aud = the client, no client_id and no scope (OpenID Connect Core §2). */
const idClaims = {
  iss: ISSUER,
  sub: 'eddie',
  aud: 'tokenscope-native',
  iat: NOW_S - 60,
  exp: NOW_S + 3540,
  at_hash: 'x',
};

describe('an ID token is explained as an ID token, never with M2M wording', () => {
  it('the scope check says an ID token carries no API scope', async () => {
    const issuer = await makeIssuer();
    const token = await sign(issuer, idClaims, { typ: 'JWT' });
    const analysis = await analyzeToken(token, { jwks: issuer.jwks, expectedIssuer: ISSUER, now: NOW });
    const scope = analysis.checks.find((c) => c.id === 'scope');
    expect(analysis.kind).toBe('id_token');
    expect(scope?.message).not.toMatch(/M2M/);
    expect(scope?.message).toMatch(/ID token.*audience is the client.*no API scope/);
  });

  it('a comparison says who signed in, not which roles it acts with', async () => {
    const issuer = await makeIssuer();
    const id = await sign(issuer, idClaims, { typ: 'JWT' });
    const access = await sign(issuer, m2mClaims({ aud: API }));
    const summary = compareTokens({ raw: id, label: 'ID' }, { raw: access, label: 'M2M' }, { now: NOW }).summary;
    expect(summary.join(' ')).toMatch(/ID is an ID token for the client tokenscope-native: it says eddie signed in/);
    expect(summary.join(' ')).not.toMatch(/ID acts as/);
  });
});
