import { createRemoteJWKSet, type JSONWebKeySet } from 'jose';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';
import type { KeySetFunction } from '../../../shared/inspect/key-set.js';

/** How long discovery may take before the signature row says the issuer did not answer. */
const DISCOVERY_TIMEOUT_MS = 10_000;

/** OAuth 2.1 §1.5: TLS everywhere, except to this machine (RFC 8252 §8.3), where the sandbox and a local Logto run. */
function requireSecureUrl(url: string, what: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${what} "${url}" is not a URL.`);
  }
  if (parsed.protocol === 'https:') return parsed;
  if (parsed.protocol === 'http:' && isLoopbackUrl(parsed)) return parsed;
  throw new Error(`${what} ${url} must use https (plain http is allowed only for 127.0.0.1, ::1 and localhost).`);
}

/**
 * OpenID Connect Discovery 1.0 §4: `jwks_uri` from `<issuer>/.well-known/openid-configuration`, whose `issuer`
 * must equal the one asked for (§4.3), so a document cannot speak for another issuer.
 */
export async function discoverJwksUri(issuer: string, fetchImpl: typeof fetch = fetch): Promise<URL> {
  const base = requireSecureUrl(issuer, 'The issuer');
  const url = `${base.href.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
    });
  } catch (error) {
    throw new Error(`Could not reach ${url} to find the issuer's keys: ${(error as Error).message}`);
  }
  if (!response.ok)
    throw new Error(`${url} answered ${response.status}: check the issuer URL (for Logto it ends with /oidc).`);
  let metadata: { issuer?: unknown; jwks_uri?: unknown };
  try {
    metadata = (await response.json()) as typeof metadata;
  } catch {
    throw new Error(`${url} did not answer with JSON: is this an OpenID Connect issuer?`);
  }
  if (metadata.issuer !== issuer) {
    throw new Error(
      `The discovery document at ${url} is for issuer ${String(metadata.issuer)}, not ${issuer} (OpenID Connect Discovery §4.3).`,
    );
  }
  if (typeof metadata.jwks_uri !== 'string') throw new Error(`The discovery document at ${url} has no jwks_uri.`);
  return requireSecureUrl(metadata.jwks_uri, 'The jwks_uri');
}

export interface IssuerKeySetOptions {
  /** Skip discovery when the connection already knows the `jwks_uri`. */
  jwksUri?: string;
  fetch?: typeof fetch;
}

/**
 * A key set that discovers the issuer's `jwks_uri` on first use, then stays a jose remote set: it caches the keys and
 * refetches only for an unknown `kid` (after a cooldown). A failed discovery is not cached, so the next call retries.
 */
export function createIssuerKeySet(issuer: string, options: IssuerKeySetOptions = {}): KeySetFunction {
  let remote: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  let loaded: ReturnType<typeof createRemoteJWKSet> | undefined;
  const resolve = () => {
    remote ??= (async () => {
      const jwksUri = options.jwksUri
        ? requireSecureUrl(options.jwksUri, 'The jwks_uri')
        : await discoverJwksUri(issuer, options.fetch);
      loaded = createRemoteJWKSet(jwksUri);
      return loaded;
    })().catch((error: unknown) => {
      remote = undefined;
      throw error;
    });
    return remote;
  };
  const keySet: KeySetFunction = async (header, token) => (await resolve())(header, token);
  keySet.jwks = (): JSONWebKeySet | undefined => loaded?.jwks();
  keySet.reload = async () => (await resolve()).reload();
  return keySet;
}

const cache = new Map<string, KeySetFunction>();

/** One key set per issuer for the life of the process, as an API would keep it (RFC 8725 §3.10: never from the token). */
export function issuerKeySet(issuer: string, options: IssuerKeySetOptions = {}): KeySetFunction {
  const key = `${issuer} ${options.jwksUri ?? ''}`;
  let keySet = cache.get(key);
  if (!keySet) {
    keySet = createIssuerKeySet(issuer, options);
    cache.set(key, keySet);
  }
  return keySet;
}

export function forgetIssuerKeySets(): void {
  cache.clear();
}
