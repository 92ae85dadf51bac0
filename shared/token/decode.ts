import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { DecodedToken } from './decoded-token.js';

const JWS_COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Decodes without verifying: a first look, never a verdict. Verification lives in the inspector.
 * Never throws: anything that is not a JWS compact serialization (RFC 7515 §7.1) is called opaque or malformed.
 */
export function decodeToken(raw: string): DecodedToken {
  const token = raw.trim();
  if (!JWS_COMPACT.test(token)) {
    if (token.split('.').length === 5) {
      return {
        kind: 'malformed',
        raw: token,
        reason: 'This is a JWE (encrypted JWT); it cannot be read without the key.',
      };
    }
    return {
      kind: 'opaque',
      raw: token,
      reason: 'Not a JWT: an opaque reference only the issuer can resolve (through introspection or userinfo).',
    };
  }
  try {
    return { kind: 'jwt', header: { ...decodeProtectedHeader(token) }, payload: { ...decodeJwt(token) }, raw: token };
  } catch (error) {
    return {
      kind: 'malformed',
      raw: token,
      reason: `Looks like a JWT but cannot be decoded: ${(error as Error).message}`,
    };
  }
}
