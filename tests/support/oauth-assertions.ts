import type * as oidc from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';

/** The error a request failed with; throws when it succeeded, so a test cannot pass on an unexpected success. */
export async function failure(promise: Promise<unknown>): Promise<oidc.ResponseBodyError> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error as oidc.ResponseBodyError,
  );
}

/** An access token checked as an API would (RFC 9068): signature from the issuer's JWKS, iss, aud, typ. */
export async function verifyAccessToken(issuer: string, token: string, audience: string) {
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
  return (await jwtVerify(token, jwks, { issuer, audience, typ: 'at+jwt' })).payload;
}
