// Each check alone, as the renderer calls them: pure functions of a header or payload.
import { describe, expect, it } from 'vitest';
import {
  checkAlgorithm,
  checkAudience,
  checkClientId,
  checkEmbeddedKeys,
  checkExpiry,
  checkIssuedAt,
  checkIssuer,
  checkKeyId,
  checkNotBefore,
  checkOrganization,
  checkScope,
  checkSize,
  checkSubject,
  checkType,
  detectTokenKind,
  relativeTime,
  specUrl,
  subjectKind,
} from '../../shared/inspect/token-inspection.js';
import { API, ISSUER, NOW_S, forge, m2mClaims } from './inspect-fixtures.js';

const clock = { now: NOW_S, skew: 0 };
const ecKey = { kty: 'EC', crv: 'P-384', x: 'x', y: 'y', kid: 'k1', alg: 'ES384' };

describe('checkAlgorithm', () => {
  it.each([
    [{ alg: 'ES384' }, [ecKey], 'pass'],
    [{ alg: 'RS256' }, undefined, 'pass'],
    [{ alg: 'RS256' }, [ecKey], 'fail'],
    [{ alg: 'none' }, undefined, 'fail'],
    [{ alg: 'HS256' }, [ecKey], 'fail'],
    [{ alg: 'HS256' }, undefined, 'warn'],
    [{ alg: 'A128KW' }, undefined, 'fail'],
    [{}, undefined, 'fail'],
    [{ alg: 42 }, undefined, 'fail'],
  ])('%j with keys %j → %s', (header, keys, status) => {
    expect(checkAlgorithm(header, keys).status).toBe(status);
  });
});

describe('checkKeyId', () => {
  it.each([
    [{ kid: 'k1' }, [ecKey], 'pass'],
    [{ kid: 'k2' }, [ecKey], 'fail'],
    [{}, [ecKey], 'pass'],
    [{}, [ecKey, { ...ecKey, kid: 'k2' }], 'warn'],
    [{ kid: 'k1' }, undefined, 'info'],
    [{ kid: 7 }, [ecKey], 'fail'],
  ])('%j → %s', (header, keys, status) => {
    expect(checkKeyId(header, keys).status).toBe(status);
  });
});

describe('checkEmbeddedKeys', () => {
  it('warns for each key-carrying header and passes without', () => {
    expect(checkEmbeddedKeys({ alg: 'ES384' }).status).toBe('pass');
    for (const name of ['jwk', 'jku', 'x5c', 'x5u']) expect(checkEmbeddedKeys({ [name]: 'x' }).status).toBe('warn');
  });
});

describe('checkType', () => {
  it.each([
    [{ typ: 'at+jwt' }, 'access_token', {}, 'pass'],
    [{ typ: 'application/at+JWT' }, 'access_token', {}, 'pass'],
    [{ typ: 'JWT' }, 'access_token', {}, 'fail'],
    [{}, 'access_token', {}, 'fail'],
    [{ typ: 'JWT' }, 'id_token', {}, 'pass'],
    [{ typ: 'JWT' }, 'id_token', { usedAsAccessToken: true }, 'fail'],
    [{ typ: 'JWT' }, 'jwt', {}, 'warn'],
    [{ typ: 3 }, 'jwt', {}, 'fail'],
  ] as const)('%j as %s → %s', (header, kind, options, status) => {
    expect(checkType(header, kind, options).status).toBe(status);
  });
});

describe('checkIssuer', () => {
  it('compares exactly and names a trailing-slash mismatch', () => {
    expect(checkIssuer({ iss: ISSUER }, ISSUER).status).toBe('pass');
    expect(checkIssuer({ iss: ISSUER }, undefined).status).toBe('info');
    const slash = checkIssuer({ iss: ISSUER + '/' }, ISSUER);
    expect(slash.status).toBe('fail');
    expect(slash.message).toMatch(/trailing slash/);
    expect(checkIssuer({}, ISSUER).status).toBe('fail');
    expect(checkIssuer({}, ISSUER, false).status).toBe('warn');
  });
});

describe('checkAudience', () => {
  it('passes when the expected resource is the audience or one of them', () => {
    expect(checkAudience({ aud: API }, API).status).toBe('pass');
    expect(checkAudience({ aud: ['x', API] }, API).message).toMatch(/also valid for x/);
    expect(checkAudience({ aud: 'x' }, API).status).toBe('fail');
    expect(checkAudience({ aud: API + '/' }, API).message).toMatch(/trailing slash/);
    expect(checkAudience({ aud: 'urn:logto:organization:o1' }, undefined).message).toMatch(/organization token/);
  });
});

describe('time claims', () => {
  it('judges exp, nbf and iat against the clock and its skew', () => {
    expect(checkExpiry({ exp: NOW_S + 240 }, clock).message).toMatch(/in 4 min/);
    expect(checkExpiry({ exp: NOW_S - 240 }, clock).message).toMatch(/4 min ago/);
    expect(checkExpiry({ exp: NOW_S }, clock).status).toBe('fail');
    expect(checkExpiry({ exp: NOW_S - 5 }, { ...clock, skew: 10 }).status).toBe('pass');
    expect(checkNotBefore({}, clock).status).toBe('pass');
    expect(checkNotBefore({ nbf: NOW_S + 1 }, clock).status).toBe('fail');
    expect(checkNotBefore({ nbf: NOW_S }, clock).status).toBe('pass');
    expect(checkIssuedAt({ iat: NOW_S + 1 }, clock).status).toBe('fail');
    expect(checkIssuedAt({ iat: NOW_S }, clock).status).toBe('pass');
    expect(checkIssuedAt({ iat: 1e300 }, clock).message).toMatch(/not a valid date/);
  });
});

describe('checkScope', () => {
  it('names the missing permissions', () => {
    expect(checkScope({ scope: 'a b' }, ['a']).status).toBe('pass');
    const missing = checkScope({ scope: 'a' }, ['a', 'b', 'c']);
    expect(missing.status).toBe('fail');
    expect(missing.message).toMatch(/Missing b c/);
    expect(checkScope({}, ['a']).status).toBe('fail');
    expect(checkScope({}).status).toBe('info');
    expect(checkScope({ scope: '' }, ['a']).message).toMatch(/\(empty\)/);
  });
});

describe('subject, client and organization', () => {
  it('tells an app token from a user token', () => {
    expect(subjectKind(m2mClaims())).toBe('app');
    expect(subjectKind(m2mClaims({ sub: 'u1' }))).toBe('user');
    expect(checkSubject(m2mClaims({ sub: 'u1', act: { sub: 'admin' } })).message).toMatch(/admin acting on its behalf/);
    expect(checkClientId({}, 'access_token').status).toBe('fail');
    expect(checkClientId({ aud: 'spa' }, 'id_token').status).toBe('info');
  });

  it('recognises both kinds of Logto organization token', () => {
    expect(checkOrganization({ aud: 'urn:logto:organization:o1' }).message).toMatch(/organization o1/);
    expect(checkOrganization({ aud: API, organization_id: 'o1' }).message).toMatch(/organization o1/);
    expect(checkOrganization({ aud: 'urn:logto:organization:o1', organization_id: 'o2' }).status).toBe('fail');
    expect(checkOrganization({ aud: API }).message).toMatch(/Not an organization token/);
  });

  it('warns about tokens too large for a header', () => {
    expect(checkSize('x'.repeat(100)).status).toBe('pass');
    expect(checkSize('x'.repeat(9000)).status).toBe('warn');
  });
});

describe('detectTokenKind', () => {
  it.each([
    [forge({ alg: 'ES384', typ: 'at+jwt' }, { sub: 'x' }, 's'), 'access_token'],
    [forge({ alg: 'ES384', typ: 'JWT' }, { sub: 'x', aud: 'app', nonce: 'n' }, 's'), 'id_token'],
    [forge({ alg: 'ES384' }, { sub: 'x', client_id: 'app' }, 's'), 'access_token'],
    [forge({ alg: 'ES384' }, { sub: 'x' }, 's'), 'jwt'],
    [forge({ alg: 'ES384', typ: 'JWT' }, { sub: 'x', aud: 'app', iss: 'i' }, 's'), 'id_token'],
    [forge({ alg: 'ES384', typ: 'JWT' }, { sub: 'x' }, 's'), 'jwt'],
    ['pat_0123456789abcdef0123456789abcdef', 'pat'],
    ['sub_0123456789abcdef', 'subject_token'],
    ['Zm9vYmFyYmF6cXV4c29tZW9wYXF1ZXRva2VudmFsdWUx', 'opaque'],
    ['Bearer abc', 'malformed'],
    ['a.b.c.d.e', 'malformed'],
    ['', 'malformed'],
  ])('%s → %s', (raw, kind) => {
    expect(detectTokenKind(raw).kind).toBe(kind);
  });

  it('lets the session settle what the token cannot tell', () => {
    const opaque = 'Zm9vYmFyYmF6cXV4c29tZW9wYXF1ZXRva2VudmFsdWUx';
    expect(detectTokenKind(opaque, { type: 'refresh_token' }).kind).toBe('refresh_token');
    expect(detectTokenKind(opaque, { resourceRequested: false }).explanation).toMatch(/only for userinfo/);
    expect(detectTokenKind(forge({ alg: 'ES384' }, { sub: 'x' }, 's'), { type: 'id_token' }).kind).toBe('id_token');
  });
});

describe('helpers', () => {
  it('links specs and speaks relative time', () => {
    expect(specUrl('RFC 9068 §2.1')).toBe('https://www.rfc-editor.org/rfc/rfc9068#section-2.1');
    expect(specUrl('RFC 8725')).toBe('https://www.rfc-editor.org/rfc/rfc8725');
    expect(relativeTime(100, 100)).toBe('now');
    expect(relativeTime(100 + 7200, 100)).toBe('in 2 h');
    expect(relativeTime(100 - 3 * 86400, 100)).toBe('3 days ago');
  });
});

describe('describeClaim', () => {
  it('explains claims and shows times as a date and relative', async () => {
    const { describeClaim } = await import('../../shared/inspect/token-inspection.js');
    expect(describeClaim('payload', 'exp', NOW_S + 240, NOW_S)).toMatch(
      /^2026-11-23T12:04:00.000Z, in 4 min\. Expiration time/,
    );
    expect(describeClaim('header', 'jku', 'https://x', NOW_S)).toMatch(/never used/);
    expect(describeClaim('payload', 'custom', 1, NOW_S)).toBeUndefined();
  });
});
