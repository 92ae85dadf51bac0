import { describe, expect, it } from 'vitest';
import { rotationAdvice, rotationVerdict, spentAfterFailedRefresh } from '../../shared/flows/refresh-rotation.js';
import { serverFamily } from '../../shared/flows/server-family.js';
import { explainTokenError, type TokenErrorContext } from '../../shared/errors/explain-token-error.js';

const LOGTO = serverFamily('http://127.0.0.1:3001/oidc', {
  scopes_supported: ['openid', 'urn:logto:scope:organizations'],
});
const OTHER = serverFamily('https://id.example.com/tenant/a', { scopes_supported: ['openid', 'offline_access'] });

describe('serverFamily', () => {
  it.each([
    ['http://127.0.0.1:3001/oidc', { scopes_supported: ['urn:logto:scope:organizations'] }, 'logto'],
    ['https://acme.logto.app/oidc', undefined, 'logto'],
    ['https://id.example.com/oidc', { scopes_supported: ['openid'] }, 'other'],
    ['https://evil-logto.app.example.com/oidc', {}, 'other'],
    ['not a url', { scopes_supported: 'urn:logto:x' }, 'other'],
  ])('%s → %s', (issuer, metadata, kind) => {
    expect(serverFamily(issuer, metadata).kind).toBe(kind);
  });
});

describe('rotation read from the answer', () => {
  it.each([
    ['rt-1', 'rt-2', 'rotated'],
    ['rt-1', 'rt-1', 'not_rotated'],
    ['rt-1', undefined, 'none_returned'],
    ['rt-1', '', 'none_returned'],
  ] as const)('sent %s, got %s → %s', (sent, returned, verdict) => {
    expect(rotationVerdict(sent, returned)).toBe(verdict);
  });

  it.each([
    ['rotated', LOGTO, /new refresh token came back: rotated.*Logto's rule.*urn:logto:scope:organizations/],
    ['not_rotated', LOGTO, /same refresh token came back: not rotated.*Logto's rule/],
    ['rotated', OTHER, /rotated.*RFC 6749 §6.*the generic rule/],
    ['not_rotated', OTHER, /not rotated.*keeps working.*the generic rule/],
    ['none_returned', OTHER, /No refresh token came back.*keep using it/],
  ] as const)('%s on %o says which rule applied', (verdict, family, said) => {
    expect(rotationAdvice(verdict, family)).toMatch(said);
  });

  it('never calls a token spent on a server that gave the same one back', () => {
    expect(rotationAdvice('not_rotated', OTHER)).not.toMatch(/spent|revokes the whole grant/);
  });
});

describe('a refresh that failed with invalid_target', () => {
  it.each([
    [{ family: LOGTO, publicClient: true, dpopBound: false }, true],
    [{ family: LOGTO, publicClient: false, dpopBound: false }, false],
    [{ family: LOGTO, publicClient: true, dpopBound: true }, false],
    [{ family: LOGTO, publicClient: true, dpopBound: false, earlier: 'not_rotated' as const }, false],
    [{ family: OTHER, publicClient: true, dpopBound: false }, false],
    [{ family: OTHER, publicClient: false, dpopBound: false, earlier: 'rotated' as const }, true],
  ])('%o → likely spent: %s', (context, likelySpent) => {
    expect(spentAfterFailedRefresh(context).likelySpent).toBe(likelySpent);
  });
});

describe('invalid_grant on a refresh', () => {
  const base: TokenErrorContext = {
    grant: 'refresh_token',
    resources: [],
    scope: '',
    clientId: 'native',
    issuer: 'https://x/oidc',
    publicClient: true,
  };
  it.each([
    [{ error: 'invalid_grant', errorDescription: 'failed jkt verification' }, {}],
    [
      { error: 'invalid_grant', errorDescription: 'grant request is invalid' },
      { dpop: { bound: true, proofSent: false } },
    ],
  ])('blames the missing DPoP proof, not expiry or reuse: %o', (input, extra) => {
    const explained = explainTokenError(input, { ...base, ...extra });
    expect(explained.explanation).toMatch(/DPoP.*RFC 9449 §5/);
    expect(explained.explanation).not.toMatch(/expired|already used|reused/);
  });

  it('without DPoP in play lists the causes, reuse only as reuse after rotation', () => {
    const explained = explainTokenError(
      { error: 'invalid_grant' },
      { ...base, dpop: { bound: false, proofSent: false, serverOffers: false } },
    );
    expect(explained.explanation).toMatch(/expired.*after being rotated/);
  });

  it('says reuse is not the cause when the server kept the token on the earlier refresh', () => {
    const explained = explainTokenError(
      { error: 'invalid_grant' },
      { ...base, publicClient: false, earlierRotation: 'not_rotated' },
    );
    expect(explained.explanation).toMatch(/did not rotate it.*reuse is not the cause/);
  });
});
