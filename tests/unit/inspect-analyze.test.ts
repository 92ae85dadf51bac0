import { describe, expect, it } from 'vitest';
import { createLocalJWKSet } from 'jose';
import { analyzeToken } from '../../shared/inspect/token-inspection.js';
import { API, ISSUER, NOW, NOW_S, forge, m2mClaims, makeIssuer, sign, statusOf } from './inspect-fixtures.js';

const issuer = await makeIssuer();
const base = { jwks: issuer.jwks, expectedIssuer: ISSUER, expectedAudience: API, now: NOW };

describe('analyzeToken on a good token', () => {
  it('passes every check of a Logto M2M token and says it acts as the app', async () => {
    const analysis = await analyzeToken(await sign(issuer), { ...base, requiredScopes: ['read:products'] });
    expect(analysis.kind).toBe('access_token');
    expect(analysis.valid).toBe(true);
    expect(analysis.checks.filter((c) => c.status === 'fail')).toEqual([]);
    for (const id of [
      'format',
      'signature',
      'alg',
      'kid',
      'embedded-key',
      'typ',
      'iss',
      'aud',
      'exp',
      'nbf',
      'iat',
      'scope',
      'client_id',
    ]) {
      expect(statusOf(analysis.checks, id), id).toBe('pass');
    }
    expect(analysis.checks.find((c) => c.id === 'subject')?.message).toMatch(/app itself/);
    expect(analysis.checks.every((c) => c.message && c.spec && c.explanation)).toBe(true);
  });

  it('accepts a jose key-set function as well as a JWKS document', async () => {
    const local = createLocalJWKSet(issuer.jwks);
    const analysis = await analyzeToken(await sign(issuer), { ...base, jwks: (header, token) => local(header, token) });
    expect(statusOf(analysis.checks, 'signature')).toBe('pass');
    // A bare function does not expose its keys, so kid is reported but not looked up.
    expect(statusOf(analysis.checks, 'kid')).toBe('info');
  });

  it('says a user token acts as the user', async () => {
    const analysis = await analyzeToken(await sign(issuer, m2mClaims({ sub: 'user-alice' })), base);
    expect(analysis.checks.find((c) => c.id === 'subject')?.message).toMatch(/user user-alice/);
  });

  it('warns, without failing, when no JWKS is known, and calls the token not verified', async () => {
    const analysis = await analyzeToken(await sign(issuer), { now: NOW });
    expect(statusOf(analysis.checks, 'signature')).toBe('warn');
    expect(statusOf(analysis.checks, 'iss')).toBe('info');
    expect(statusOf(analysis.checks, 'aud')).toBe('info');
    expect(analysis.verdict.status).toBe('not_verified');
    expect(analysis.valid).toBe(false);
  });
});

describe('analyzeToken reports every failure at once', () => {
  it('lists expired, wrong audience, wrong issuer and missing scope together', async () => {
    const token = await sign(
      issuer,
      m2mClaims({ exp: NOW_S - 10, aud: 'https://other.example.com', iss: 'https://evil.example.com/oidc' }),
    );
    const analysis = await analyzeToken(token, { ...base, requiredScopes: ['delete:products'] });
    expect(analysis.valid).toBe(false);
    for (const id of ['exp', 'aud', 'iss', 'scope']) expect(statusOf(analysis.checks, id), id).toBe('fail');
    expect(statusOf(analysis.checks, 'signature')).toBe('pass');
  });

  it('fails every required claim that is missing', async () => {
    const token = await sign(issuer, {});
    const analysis = await analyzeToken(token, { ...base, hint: { type: 'access_token' } });
    for (const id of ['iss', 'aud', 'exp', 'iat', 'client_id', 'subject'])
      expect(statusOf(analysis.checks, id), id).toBe('fail');
    expect(statusOf(analysis.checks, 'nbf')).toBe('pass');
  });

  it('turns a JWKS that cannot be fetched into a failed signature row, not an exception', async () => {
    const unreachable = async () => {
      throw new Error('getaddrinfo ENOTFOUND tenant.logto.app');
    };
    const analysis = await analyzeToken(await sign(issuer), { ...base, jwks: unreachable });
    expect(statusOf(analysis.checks, 'signature')).toBe('fail');
    expect(analysis.checks.find((c) => c.id === 'signature')?.message).toMatch(/ENOTFOUND/);
  });
});

describe('analyzeToken on tokens that are not JWTs', () => {
  it('explains an opaque userinfo-only token', async () => {
    const analysis = await analyzeToken('Zm9vYmFyYmF6cXV4c29tZW9wYXF1ZXRva2VudmFsdWUx', {
      hint: { resourceRequested: false },
    });
    expect(analysis.kind).toBe('opaque');
    expect(analysis.explanation).toMatch(/no `resource` was requested/);
    // Nothing in an opaque token can be verified here: only its server can introspect it.
    expect(analysis.verdict.status).toBe('not_verified');
    expect(analysis.valid).toBe(false);
  });

  it('fails a refresh token or a PAT offered to an API', async () => {
    const refresh = await analyzeToken('Zm9vYmFyYmF6cXV4c29tZW9wYXF1ZXRva2VudmFsdWUx', {
      hint: { type: 'refresh_token' },
      expectedAudience: API,
    });
    expect(refresh.kind).toBe('refresh_token');
    expect(refresh.valid).toBe(false);
    const pat = await analyzeToken('pat_abcdefghijklmnopqrstuvwxyz012345', { expectedAudience: API });
    expect(pat.kind).toBe('pat');
    expect(pat.valid).toBe(false);
    expect(pat.explanation).toMatch(/exchange/);
  });

  it('never rejects on values that are not even strings', async () => {
    for (const value of [undefined, null, 42, {}, [], '']) {
      const analysis = await analyzeToken(value);
      expect(analysis.kind).toBe('malformed');
      expect(analysis.valid).toBe(false);
    }
  });

  it('keeps the header of a JWT whose payload is not JSON', async () => {
    const analysis = await analyzeToken(forge({ alg: 'ES384', typ: 'at+jwt' }, 'not json', 'c2ln'));
    expect(analysis.kind).toBe('malformed');
    expect(analysis.header).toEqual({ alg: 'ES384', typ: 'at+jwt' });
  });
});

describe('analyzeToken on options that arrive as loose JSON', () => {
  it('keeps what has the right shape and still answers', async () => {
    const token = await sign(issuer);
    const loose = [
      { jwks: { keys: 'x' } },
      { jwks: 'not a key set' },
      { requiredScopes: 'read:products' },
      { requiredScopes: [1, null, 'read:products'] },
      { now: 'yesterday', clockSkewSeconds: -5, hint: 'x' },
      { expectedAudience: 42 },
      null,
    ];
    for (const options of loose) {
      const analysis = await analyzeToken(token, options as never);
      expect(analysis.kind).toBe('access_token');
      expect(analysis.checks.length).toBeGreaterThan(10);
    }
    const bad = await analyzeToken(token, { jwks: { keys: 'x' } } as never);
    expect(statusOf(bad.checks, 'signature')).toBe('fail');
    const scoped = await analyzeToken(token, { requiredScopes: 'read:products' } as never);
    expect(statusOf(scoped.checks, 'scope')).toBe('pass');
  });
});
