// Shared by the inspect-*.test.ts files: an issuer with real keys, and tokens signed (or forged) in the test.
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { JSONWebKeySet, JWTHeaderParameters, JWTPayload } from 'jose';

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

export async function sign(
  issuer: TestIssuer,
  claims: JWTPayload = m2mClaims(),
  header: Partial<JWTHeaderParameters> = {},
): Promise<string> {
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

/**
 * A real issuer on 127.0.0.1 (node:http, not a mocked fetch): discovery at <issuer>/.well-known/openid-configuration
 * and the JWKS at <issuer>/jwks, laid out like Logto's /oidc. Counts JWKS fetches so caching can be checked.
 */
export async function startIssuerServer(jwks: object, options: { claimIssuer?: string } = {}) {
  const { createServer } = await import('node:http');
  let jwksFetches = 0;
  let origin = '';
  const server = createServer((request, response) => {
    const json = (body: unknown, status = 200) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/oidc/.well-known/openid-configuration') {
      return json({ issuer: options.claimIssuer ?? `${origin}/oidc`, jwks_uri: `${origin}/oidc/jwks` });
    }
    if (request.url === '/oidc/jwks') {
      jwksFetches += 1;
      return json(jwks);
    }
    json({ error: 'not_found' }, 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  origin = `http://127.0.0.1:${address.port}`;
  return {
    issuer: `${origin}/oidc`,
    get jwksFetches() {
      return jwksFetches;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Claims valid right now (the CLI judges time against the real clock). */
export function liveClaims(iss: string, overrides: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return m2mClaims({ iss, iat: now - 5, exp: now + 3600, ...overrides });
}
