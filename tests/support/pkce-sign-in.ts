import * as oidc from 'openid-client';
import { signIn } from '../integration/sandbox-sign-in.js';

export interface PkceRequest {
  scope: string;
  /** One `resource` parameter each (RFC 8707 §2.1). */
  resources: string[];
  prompt?: string;
  /** Default: tokenscope://callback, the native app's. */
  redirectUri?: string;
  /** The browser's cookie jar, kept for what comes after the sign-in (a sign-out). */
  cookies?: Map<string, string>;
}

/** The redirect the sandbox world registers for its web app. */
export const WEB_REDIRECT = 'http://127.0.0.1:3000/callback';

/**
 * An app's authorization request as openid-client builds it, with PKCE (RFC 7636 §4.2, S256), signed in as `user`
 * on the sandbox's pages: the redirect it came back with, and the verifier that redeems its code.
 */
export async function pkceSignIn(
  client: oidc.Configuration,
  user: string,
  { scope, resources, prompt, redirectUri = 'tokenscope://callback', cookies }: PkceRequest,
): Promise<{ callback: URL; verifier: string }> {
  const verifier = oidc.randomPKCECodeVerifier();
  const params = new URLSearchParams({
    redirect_uri: redirectUri,
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(prompt ? { prompt } : {}),
  });
  for (const r of resources) params.append('resource', r);
  const { callback } = await signIn(oidc.buildAuthorizationUrl(client, params), { user, cookies });
  return { callback: new URL(callback), verifier };
}
