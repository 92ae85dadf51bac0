// Shared by the inspect-*.test.ts files: an issuer with real keys, and tokens signed (or forged) in the test.
import { SignJWT, exportJWK, generateKeyPair, type JSONWebKeySet, type JWTPayload, type JWTHeaderParameters } from 'jose';

export const ISSUER = 'https://tenant.logto.app/oidc';
export const API = 'https://api.example.com';
export const APP = 'app-m2m-1';
export const NOW = new Date('2026-11-23T12:00:00Z');
export const NOW_S = NOW.getTime() / 1000;

export interface TestIssuer {
  jwks: JSONWebKeySet;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
}

export async function makeIssuer(kid = 'key-1', alg = 'ES384'): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { jwks: { keys: [jwk] }, privateKey, publicKey, kid };
}

/** A Logto M2M access token as of NOW: sub = client_id, typ at+jwt, ES384. */
export function m2mClaims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: ISSUER,
    aud: API,
    sub: APP,
    client_id: APP,
    scope: 'read:products write:products',
    iat: NOW_S - 60,
    exp: NOW_S + 3540,
    jti: 'jti-1',
    ...overrides,
  };
}

export async function sign(issuer: TestIssuer, claims: JWTPayload = m2mClaims(), header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', kid: issuer.kid, ...header } as JWTHeaderParameters)
    .sign(issuer.privateKey);
}

export function b64url(value: string | Uint8Array): string {
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return Buffer.from(bytes).toString('base64url');
}

/** A token assembled by hand: for headers and payloads no honest library would produce. */
export function forge(header: unknown, payload: unknown, signature = ''): string {
  const part = (value: unknown) => b64url(typeof value === 'string' ? value : JSON.stringify(value));
  return `${part(header)}.${part(payload)}.${signature}`;
}

export function statusOf(checks: { id: string; status: string }[], id: string): string | undefined {
  return checks.find((c) => c.id === id)?.status;
}
