// The attack list of issue 5: every forged or broken token gets a verdict, never an exception.
import { describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { analyzeToken } from '../../shared/inspect/token-inspection.js';
import { API, ISSUER, NOW, NOW_S, b64url, forge, m2mClaims, makeIssuer, sign, statusOf } from './inspect-fixtures.js';

const issuer = await makeIssuer();
const attacker = await generateKeyPair('ES384', { extractable: true });
const options = { jwks: issuer.jwks, expectedIssuer: ISSUER, expectedAudience: API, now: NOW };

async function verdict(token: string) {
  const analysis = await analyzeToken(token, options);
  return { analysis, status: (id: string) => statusOf(analysis.checks, id) };
}

describe('forged tokens', () => {
  it('fails alg none, in the signature and alg rows', async () => {
    const { analysis, status } = await verdict(forge({ alg: 'none', typ: 'at+jwt' }, m2mClaims(), ''));
    expect(status('signature')).toBe('fail');
    expect(status('alg')).toBe('fail');
    expect(analysis.valid).toBe(false);
    // The rest is still reported.
    expect(status('aud')).toBe('pass');
  });

  it('fails "None" spelled differently too', async () => {
    const { status } = await verdict(forge({ alg: 'nOnE', typ: 'at+jwt' }, m2mClaims(), ''));
    expect(status('signature')).toBe('fail');
    expect(status('alg')).toBe('fail');
  });

  it("fails HS256 signed with the issuer's public key as the secret (key confusion)", async () => {
    for (const secret of [await exportSPKI(issuer.publicKey), JSON.stringify(await exportJWK(issuer.publicKey))]) {
      const token = await new SignJWT(m2mClaims())
        .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: issuer.kid })
        .sign(new TextEncoder().encode(secret));
      const { analysis, status } = await verdict(token);
      expect(status('alg')).toBe('fail');
      expect(analysis.checks.find((c) => c.id === 'alg')?.message).toMatch(/key-confusion/);
      expect(status('signature')).toBe('fail');
      expect(analysis.valid).toBe(false);
    }
  });

  it("ignores a jku header pointing at the attacker's keys", async () => {
    const token = await new SignJWT(m2mClaims())
      .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', kid: issuer.kid, jku: 'https://attacker.example/jwks.json' })
      .sign(attacker.privateKey);
    const { analysis, status } = await verdict(token);
    expect(status('signature')).toBe('fail');
    expect(status('embedded-key')).toBe('warn');
    expect(analysis.checks.find((c) => c.id === 'embedded-key')?.message).toMatch(/attacker\.example/);
    expect(analysis.valid).toBe(false);
  });

  it("ignores a jwk header carrying the attacker's public key", async () => {
    const jwk = await exportJWK(attacker.publicKey);
    const token = await new SignJWT(m2mClaims())
      .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', jwk })
      .sign(attacker.privateKey);
    const { status } = await verdict(token);
    expect(status('signature')).toBe('fail');
    expect(status('embedded-key')).toBe('warn');
  });

  it('warns about x5c/x5u but still verifies with the JWKS', async () => {
    const { status } = await verdict(await sign(issuer, m2mClaims(), { x5u: 'https://attacker.example/cert.pem' }));
    expect(status('embedded-key')).toBe('warn');
    expect(status('signature')).toBe('pass');
  });

  it('fails an unknown kid', async () => {
    const { status } = await verdict(await sign(issuer, m2mClaims(), { kid: 'rotated-away' }));
    expect(status('kid')).toBe('fail');
    expect(status('signature')).toBe('fail');
  });

  it("fails a token signed by the attacker with the issuer's kid", async () => {
    const token = await new SignJWT(m2mClaims())
      .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', kid: issuer.kid })
      .sign(attacker.privateKey);
    const { status } = await verdict(token);
    expect(status('kid')).toBe('pass');
    expect(status('signature')).toBe('fail');
  });

  it('fails a payload changed after signing', async () => {
    const [header, , signature] = (await sign(issuer)).split('.');
    const { status } = await verdict(`${header}.${b64url(JSON.stringify(m2mClaims({ scope: 'all' })))}.${signature}`);
    expect(status('signature')).toBe('fail');
  });

  it('fails an unknown critical header', async () => {
    const token = await new SignJWT(m2mClaims())
      .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', kid: issuer.kid, crit: ['urn:x'], 'urn:x': true })
      .sign(issuer.privateKey, { crit: { 'urn:x': true } });
    const { status } = await verdict(token);
    expect(status('signature')).toBe('fail');
  });
});

describe('claims an API must refuse', () => {
  it('fails a wrong typ', async () => {
    expect((await verdict(await sign(issuer, m2mClaims(), { typ: 'JWT' }))).status('typ')).toBe('fail');
  });

  it('fails an ID token offered to an API', async () => {
    const idToken = await sign(
      issuer,
      { iss: ISSUER, aud: 'spa-app', sub: 'user-alice', iat: NOW_S, exp: NOW_S + 3600, at_hash: 'x', nonce: 'n' },
      { typ: 'JWT' },
    );
    const { analysis, status } = await verdict(idToken);
    expect(analysis.kind).toBe('id_token');
    expect(status('typ')).toBe('fail');
    expect(status('aud')).toBe('fail');
  });

  it('fails expired, not yet valid and issued in the future', async () => {
    expect((await verdict(await sign(issuer, m2mClaims({ exp: NOW_S })))).status('exp')).toBe('fail');
    expect((await verdict(await sign(issuer, m2mClaims({ nbf: NOW_S + 120 })))).status('nbf')).toBe('fail');
    expect((await verdict(await sign(issuer, m2mClaims({ iat: NOW_S + 120 })))).status('iat')).toBe('fail');
  });

  it('lets clock skew absorb small differences', async () => {
    const token = await sign(issuer, m2mClaims({ iat: NOW_S + 30, nbf: NOW_S + 30, exp: NOW_S - 30 }));
    const analysis = await analyzeToken(token, { ...options, clockSkewSeconds: 60 });
    for (const id of ['iat', 'nbf', 'exp']) expect(statusOf(analysis.checks, id), id).toBe('pass');
  });

  it('accepts aud as an array containing the resource, and refuses one without it', async () => {
    expect(
      (await verdict(await sign(issuer, m2mClaims({ aud: ['https://other.example.com', API] })))).status('aud'),
    ).toBe('pass');
    expect((await verdict(await sign(issuer, m2mClaims({ aud: ['https://other.example.com'] })))).status('aud')).toBe(
      'fail',
    );
    expect((await verdict(await sign(issuer, m2mClaims({ aud: [] })))).status('aud')).toBe('fail');
    expect((await verdict(await sign(issuer, m2mClaims({ aud: [1, 2] as never })))).status('aud')).toBe('fail');
  });

  it('fails claims of the wrong type', async () => {
    const token = await sign(
      issuer,
      m2mClaims({
        exp: '2030-01-01' as never,
        iat: null as never,
        nbf: {} as never,
        iss: 7 as never,
        scope: ['a'] as never,
        sub: 5 as never,
      }),
    );
    const { status } = await verdict(token);
    for (const id of ['exp', 'iat', 'nbf', 'iss', 'scope', 'subject']) expect(status(id), id).toBe('fail');
  });

  it('fails every missing required claim', async () => {
    const { analysis, status } = await verdict(await sign(issuer, {}));
    expect(analysis.kind).toBe('access_token');
    for (const id of ['iss', 'aud', 'exp', 'iat', 'client_id', 'subject']) expect(status(id), id).toBe('fail');
  });
});

describe('broken input', () => {
  it('fails a truncated token', async () => {
    const token = await sign(issuer);
    const cutSignature = await verdict(token.slice(0, -10));
    expect(cutSignature.status('signature')).toBe('fail');
    const twoParts = await verdict(token.split('.').slice(0, 2).join('.'));
    expect(twoParts.analysis.kind).toBe('malformed');
    const halfHeader = await verdict(token.slice(0, 12));
    expect(halfHeader.analysis.kind).toBe('malformed');
    expect(halfHeader.analysis.valid).toBe(false);
  });

  it('fails input that is not base64url', async () => {
    for (const raw of ['!!!.@@@.###', 'eyJhbGciOiJFUzM4NCJ9.eyJ zdWIiOiJ4In0.sig', 'ey J', 'a\u0000b', '"quoted"']) {
      const { analysis } = await verdict(raw);
      expect(analysis.kind, raw).toBe('malformed');
      expect(analysis.valid).toBe(false);
    }
  });

  it('fails payloads and headers that are not JSON objects', async () => {
    for (const [header, payload] of [
      [{ alg: 'ES384' }, 'hello'],
      [{ alg: 'ES384' }, '[1,2]'],
      [{ alg: 'ES384' }, '123'],
      [{ alg: 'ES384' }, 'null'],
      ['not json', m2mClaims()],
      ['[]', m2mClaims()],
    ]) {
      const { analysis } = await verdict(forge(header, payload, 'c2ln'));
      expect(analysis.kind).toBe('malformed');
      expect(analysis.valid).toBe(false);
    }
  });

  it('warns about a token over 8 KB and still verifies it', async () => {
    const { analysis, status } = await verdict(await sign(issuer, m2mClaims({ padding: 'x'.repeat(20_000) })));
    expect(status('size')).toBe('warn');
    expect(status('signature')).toBe('pass');
    expect(analysis.valid).toBe(true);
  });

  it('refuses a 1 MB signed token before decoding it, naming the limit', async () => {
    const { analysis, status } = await verdict(await sign(issuer, m2mClaims({ padding: 'x'.repeat(1024 * 1024) })));
    expect(status('size')).toBe('fail');
    expect(analysis.verdict.reason).toMatch(/over the limit of 64 KB/);
    expect(analysis.payload).toBeUndefined();
    expect(analysis.valid).toBe(false);
  });

  it('handles 1 MB of garbage', async () => {
    const { analysis } = await verdict('eyJ' + 'A'.repeat(1024 * 1024));
    expect(analysis.kind).toBe('malformed');
  });
});
