import * as oidc from 'openid-client';
import { signIn } from '../integration/sandbox-sign-in.js';

export interface PkceRequest {
  scope: string;
  /** One `resource` parameter each (RFC 8707 §2.1). */
  resources: string[];
  prompt?: string;
}

/**
 * The native app's authorization request as openid-client builds it, with PKCE (RFC 7636 §4.2, S256) and the
 * tokenscope:// redirect, signed in as `user` on the sandbox's pages: the redirect it came back with, and the
 * verifier that redeems its code.
 */
export async function pkceSignIn(
  native: oidc.Configuration,
  user: string,
  { scope, resources, prompt }: PkceRequest,
): Promise<{ callback: URL; verifier: string }> {
  const verifier = oidc.randomPKCECodeVerifier();
  const params = new URLSearchParams({
    redirect_uri: 'tokenscope://callback',
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(prompt ? { prompt } : {}),
  });
  for (const r of resources) params.append('resource', r);
  const { callback } = await signIn(oidc.buildAuthorizationUrl(native, params), { user });
  return { callback: new URL(callback), verifier };
}
