import * as oidc from 'openid-client';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';

/** How long any request to an authorization server may take before we give up and say so. */
export const REQUEST_TIMEOUT_SECONDS = 15;

export interface ClientCredentials {
  clientId: string;
  clientSecret?: string;
  /** Logto's confidential apps use client_secret_basic (RFC 6749 §2.3.1). */
  authMethod?: 'client_secret_basic' | 'client_secret_post' | 'none';
}

function clientAuth(client: ClientCredentials): oidc.ClientAuth {
  if (!client.clientSecret || client.authMethod === 'none') return oidc.None();
  return client.authMethod === 'client_secret_post'
    ? oidc.ClientSecretPost(client.clientSecret)
    : oidc.ClientSecretBasic(client.clientSecret);
}

/**
 * OpenID Connect Discovery 1.0 §4 through openid-client. Plain http is allowed for loopback issuers only
 * (the sandbox, a local Logto), never for a remote one.
 */
export async function discover(issuer: string, client: ClientCredentials): Promise<oidc.Configuration> {
  const options: oidc.DiscoveryRequestOptions = { timeout: REQUEST_TIMEOUT_SECONDS };
  if (isLoopbackUrl(issuer)) options.execute = [oidc.allowInsecureRequests];
  const config = await oidc.discovery(new URL(issuer), client.clientId, undefined, clientAuth(client), options);
  config.timeout = REQUEST_TIMEOUT_SECONDS;
  return config;
}
