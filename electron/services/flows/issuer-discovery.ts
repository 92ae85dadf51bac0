import * as oidc from 'openid-client';
import { importJWK, type JWK } from 'jose';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';
import type { HttpCapture } from './http-capture.js';

import { REQUEST_TIMEOUT_SECONDS } from '../../../shared/errors/explain-network-error.js';

export { REQUEST_TIMEOUT_SECONDS };

export type ClientAuthMethod = 'none' | 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt';

export interface ClientCredentials {
  clientId: string;
  clientSecret?: string;
  /** Logto's confidential apps use client_secret_basic (RFC 6749 §2.3.1); public apps none (PKCE, RFC 7636). */
  authMethod?: ClientAuthMethod;
  /** RFC 7523 §2.2 private_key_jwt: the client's private key as a JWK (with `alg` or an EC/RSA key type). */
  privateKeyJwk?: JWK;
  /** How long each request to this server may take; REQUEST_TIMEOUT_SECONDS when absent. */
  timeoutSeconds?: number;
}

/** The method clientAuth uses for `client`, so an error can be explained for the credential actually sent. */
export function authMethodOf(client: ClientCredentials): ClientAuthMethod {
  if (client.authMethod === 'private_key_jwt') return 'private_key_jwt';
  if (!client.clientSecret || client.authMethod === 'none') return 'none';
  return client.authMethod === 'client_secret_post' ? 'client_secret_post' : 'client_secret_basic';
}

async function clientAuth(client: ClientCredentials): Promise<oidc.ClientAuth> {
  if (client.authMethod === 'private_key_jwt') {
    if (!client.privateKeyJwk)
      throw new Error("private_key_jwt needs the client's private key: generate or import one for this client.");
    const alg = client.privateKeyJwk.alg ?? (client.privateKeyJwk.kty === 'EC' ? 'ES256' : 'RS256');
    const key = (await importJWK(client.privateKeyJwk, alg)) as CryptoKey;
    return oidc.PrivateKeyJwt({ key, kid: client.privateKeyJwk.kid });
  }
  const method = authMethodOf(client);
  if (method === 'none') return oidc.None();
  return method === 'client_secret_post'
    ? oidc.ClientSecretPost(client.clientSecret!)
    : oidc.ClientSecretBasic(client.clientSecret!);
}

/**
 * OpenID Connect Discovery 1.0 §4 through openid-client. Plain http is allowed for loopback issuers only
 * (the sandbox, a local Logto), never for a remote one. With a capture, discovery and every later request of the
 * configuration are recorded.
 */
export async function discover(
  issuer: string,
  client: ClientCredentials,
  capture?: HttpCapture,
): Promise<oidc.Configuration> {
  const timeout = client.timeoutSeconds ?? REQUEST_TIMEOUT_SECONDS;
  const options: oidc.DiscoveryRequestOptions = { timeout };
  if (isLoopbackUrl(issuer)) options.execute = [oidc.allowInsecureRequests];
  if (capture) options[oidc.customFetch] = capture.fetch;
  const config = await oidc.discovery(new URL(issuer), client.clientId, undefined, await clientAuth(client), options);
  config.timeout = timeout;
  if (capture) config[oidc.customFetch] = capture.fetch;
  return config;
}
