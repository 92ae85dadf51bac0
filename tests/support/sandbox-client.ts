import * as oidc from 'openid-client';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';

/**
 * One of the sandbox world's apps as openid-client sees it, found by client id or by kind (`m2m`, `traditional`,
 * `native`): discovered over plain HTTP on loopback, with its secret when it has one and no client
 * authentication when it is public (PKCE only). The secret goes in the body (openid-client's default) unless
 * `client_secret_basic` is asked for.
 */
export function sandboxClient(
  sandbox: SandboxHandle,
  which: string,
  method?: 'client_secret_basic',
): Promise<oidc.Configuration> {
  const app = sandbox.clients.find((c) => c.clientId === which) ?? sandbox.clients.find((c) => c.kind === which);
  if (!app) throw new Error(`${which} is neither an app nor a kind of app of this sandbox's world`);
  const secret = app.clientSecret;
  const authentication = !secret ? oidc.None() : method ? oidc.ClientSecretBasic(secret) : undefined;
  return oidc.discovery(new URL(sandbox.issuer), app.clientId, secret, authentication, {
    execute: [oidc.allowInsecureRequests],
  });
}
