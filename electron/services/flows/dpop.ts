import * as oidc from 'openid-client';
import { calculateJwkThumbprint, exportJWK } from 'jose';

/**
 * RFC 9449 DPoP: a fresh ES256 key pair per sign-in or grant binds the tokens to it (`cnf.jkt`, token_type DPoP).
 * The key stays with the run (memory only), because a refresh token bound to it needs proofs from the same key
 * (RFC 9449 §5); a new key would make the server refuse the refresh.
 */
export async function newDpopKey(enabled: boolean | undefined): Promise<CryptoKeyPair | undefined> {
  return enabled ? oidc.randomDPoPKeyPair('ES256') : undefined;
}

/** The proof maker for `key` on this configuration; the proof rides in the `DPoP` header, which the timeline masks. */
export function dpopOptions(config: oidc.Configuration, key: CryptoKeyPair | undefined): oidc.DPoPOptions | undefined {
  return key ? { DPoP: oidc.getDPoPHandle(config, key) } : undefined;
}

/** RFC 7638 thumbprint of the key's public half: what a token bound to it carries in `cnf.jkt` (RFC 9449 §6.1). */
export async function dpopKeyThumbprint(key: CryptoKeyPair): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(key.publicKey), 'sha256');
}
