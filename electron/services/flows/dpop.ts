import * as oidc from 'openid-client';

/**
 * RFC 9449 DPoP: a fresh ES256 key pair per run binds the tokens to it (`cnf.jkt`, token_type DPoP). The proof rides
 * in the `DPoP` header, which the timeline masks.
 */
export async function dpopOptions(config: oidc.Configuration, enabled: boolean | undefined): Promise<oidc.DPoPOptions | undefined> {
  if (!enabled) return undefined;
  return { DPoP: oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair('ES256')) };
}
