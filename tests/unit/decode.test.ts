import { describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { decodeToken } from '../../shared/token/decode.js';

describe('decodeToken', () => {
  it('reads the header and payload of a signed JWT', async () => {
    const { privateKey } = await generateKeyPair('ES384');
    const jwt = await new SignJWT({ scope: 'read:products' })
      .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt' })
      .setAudience('https://api.example.com')
      .sign(privateKey);
    const decoded = decodeToken(jwt);
    expect(decoded.kind).toBe('jwt');
    if (decoded.kind !== 'jwt') return;
    expect(decoded.header).toMatchObject({ alg: 'ES384', typ: 'at+jwt' });
    expect(decoded.payload).toMatchObject({ aud: 'https://api.example.com', scope: 'read:products' });
  });

  it('calls a token that is not a JWS opaque', () => {
    expect(decodeToken('Zm9vYmFyYmF6cXV4c29tZW9wYXF1ZXRva2VudmFsdWUx').kind).toBe('opaque');
  });

  it('calls a JWT-shaped token with a broken payload malformed, without throwing', () => {
    expect(decodeToken('eyJhbGciOiJFUzM4NCJ9.bm90LWpzb24.c2ln').kind).toBe('malformed');
  });

  it('recognises a JWE', () => {
    expect(decodeToken('a.b.c.d.e')).toMatchObject({ kind: 'malformed' });
  });
});
