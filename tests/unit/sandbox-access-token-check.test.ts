import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { checkAccessToken, wwwAuthenticate } from '../../electron/services/sandbox/sample-api/access-token-check.js';

const ISSUER = 'http://127.0.0.1:1/oidc';
const AUDIENCE = 'https://products.tokenscope.test';

async function setup() {
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES384' };
  const sign = (claims: Record<string, unknown>, typ = 'at+jwt', key = privateKey) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES384', typ, kid: 'k1' }).sign(key);
  const now = Math.floor(Date.now() / 1000);
  const good = { iss: ISSUER, aud: AUDIENCE, sub: 'vera', exp: now + 60, scope: 'read:products' };
  return { jwks: { keys: [jwk] }, sign, good, now };
}

describe('checkAccessToken', () => {
  it('accepts a token with the right issuer, audience, lifetime and scope', async () => {
    const { jwks, sign, good } = await setup();
    const result = await checkAccessToken(`Bearer ${await sign(good)}`, {
      issuer: ISSUER,
      audience: AUDIENCE,
      scope: 'read:products',
      jwks,
    });
    expect(result).toMatchObject({ ok: true, payload: { sub: 'vera' } });
  });

  it('names the first failing check, in the order an API must run them', async () => {
    const { jwks, sign, good, now } = await setup();
    const other = await generateKeyPair('ES384');
    const cases: [string | undefined, string][] = [
      [undefined, 'header'],
      ['Basic abc', 'header'],
      ['Bearer opaque-token-value', 'format'],
      [`Bearer ${await sign(good, 'at+jwt', other.privateKey)}`, 'signature'],
      [`Bearer ${await sign(good, 'JWT')}`, 'typ'],
      [`Bearer ${await sign({ ...good, iss: 'https://elsewhere/oidc' })}`, 'iss'],
      [`Bearer ${await sign({ ...good, exp: now - 1 })}`, 'exp'],
      [`Bearer ${await sign({ ...good, aud: 'https://orders.tokenscope.test' })}`, 'aud'],
      [`Bearer ${await sign({ ...good, scope: '' })}`, 'scope'],
    ];
    for (const [authorization, check] of cases) {
      const result = await checkAccessToken(authorization, {
        issuer: ISSUER,
        audience: AUDIENCE,
        scope: 'read:products',
        jwks,
      });
      expect(result.ok ? 'ok' : result.failure.check, String(authorization).slice(0, 20)).toBe(check);
    }
  });

  it('checks a token verified before again: against another key set, and its claims each time', async () => {
    const { jwks, sign, good } = await setup();
    const token = `Bearer ${await sign(good)}`;
    const expect_ = { issuer: ISSUER, audience: AUDIENCE, scope: 'read:products', jwks };
    const otherKeys = { keys: [{ ...(await exportJWK((await generateKeyPair('ES384')).publicKey)), kid: 'k1' }] };
    const cases: [string, Parameters<typeof checkAccessToken>[1], string][] = [
      ['the same token and keys', expect_, 'ok'],
      ['the same token, keys it was not signed with', { ...expect_, jwks: otherKeys }, 'signature'],
      ['the same token, another audience', { ...expect_, audience: 'https://orders.tokenscope.test' }, 'aud'],
      ['the same token, a scope it lacks', { ...expect_, scope: 'delete:products' }, 'scope'],
    ];
    for (const [what, expected, check] of cases) {
      const result = await checkAccessToken(token, expected);
      expect(result.ok ? 'ok' : result.failure.check, what).toBe(check);
    }
  });

  it('builds RFC 6750 challenges: bare without a token, with error and scope otherwise', () => {
    expect(wwwAuthenticate(AUDIENCE, { check: 'header', status: 401, message: 'x' })).toBe(
      `Bearer realm="${AUDIENCE}"`,
    );
    expect(
      wwwAuthenticate(
        AUDIENCE,
        { check: 'scope', status: 403, error: 'insufficient_scope', message: 'needs "x"' },
        'read:products',
      ),
    ).toBe(
      `Bearer realm="${AUDIENCE}", error="insufficient_scope", error_description="needs 'x'", scope="read:products"`,
    );
  });
});
