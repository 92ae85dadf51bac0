import { createLocalJWKSet, type JSONWebKeySet, type JWK, type CompactVerifyGetKey } from 'jose';

/**
 * The issuer's keys as the analysis accepts them: the JWKS document itself (works in a browser, nothing to fetch)
 * or a jose key-set function such as `createRemoteJWKSet(jwksUri)`. A function may also expose `jwks()`, the
 * document it last loaded (jose's remote sets do), which lets the `kid` and `alg` checks see every key.
 */
export type KeySetFunction = CompactVerifyGetKey & {
  jwks?: () => JSONWebKeySet | undefined;
  /** Loads (or reloads) a remote document without a token to verify; jose's remote sets have it. */
  reload?: () => Promise<unknown>;
};
export type KeySetInput = JSONWebKeySet | KeySetFunction;

export function isJwksDocument(value: unknown): value is JSONWebKeySet {
  return typeof value === 'object' && value !== null && Array.isArray((value as JSONWebKeySet).keys);
}

// One jose set per document: it keeps the imported keys, so a view re-checking a token every second imports none.
const fromDocument = new WeakMap<JSONWebKeySet, KeySetFunction>();

/** The function jose verifies with. A malformed document becomes a function that says so when asked for a key. */
export function toKeySetFunction(input: KeySetInput): KeySetFunction {
  if (typeof input === 'function') return input;
  if (typeof input !== 'object' || input === null) return keySetFromDocument(input);
  let keySet = fromDocument.get(input);
  if (!keySet) {
    keySet = keySetFromDocument(input);
    fromDocument.set(input, keySet);
  }
  return keySet;
}

function keySetFromDocument(input: JSONWebKeySet): KeySetFunction {
  try {
    // jose's local set already answers `jwks()` with a copy of the document.
    return createLocalJWKSet(input) as KeySetFunction;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Object.assign(
      async () => {
        throw new Error(`The issuer's JWKS is not a valid key set: ${reason}`);
      },
      { jwks: () => undefined },
    );
  }
}

/** Every public key the issuer publishes, when known; undefined until a remote set has been loaded. */
export function publishedKeys(input: KeySetInput | undefined): JWK[] | undefined {
  if (!input) return undefined;
  if (typeof input === 'function') {
    try {
      const document = input.jwks?.();
      return isJwksDocument(document) ? document.keys : undefined;
    } catch {
      return undefined;
    }
  }
  return isJwksDocument(input) ? input.keys : undefined;
}
