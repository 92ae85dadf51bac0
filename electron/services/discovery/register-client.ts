import * as oidc from 'openid-client';
import { registrationRefused, type StepOutcome } from '../../../shared/discovery/discovery-chain.js';
import type { HttpCapture } from '../flows/http-capture.js';
import { discoveryOptions, type FoundServer } from './authorization-server-discovery.js';

/** The redirect URIs a registered client gets: the loopback one on any port (RFC 8252 §7.3) and the app's scheme. */
export const REGISTERED_REDIRECT_URIS = ['http://127.0.0.1/callback', 'tokenscope://callback'];

export interface RegisteredClient {
  clientId: string;
  clientSecret?: string;
  /** The server's answer, without its secrets, kept with the connection for the user to read. */
  metadata: Record<string, unknown>;
}

/**
 * RFC 7591 §3.1 through openid-client: a public native client (RFC 8252), authenticated by PKCE alone, for the
 * authorization code grant. Public, because the chain needs a sign-in, not a secret to keep; the server may still
 * answer with one, which goes to the vault with the connection.
 */
export async function registerClient(
  issuer: string,
  server: FoundServer,
  capture: HttpCapture,
): Promise<StepOutcome<RegisteredClient>> {
  const endpoint = server.config.serverMetadata().registration_endpoint ?? issuer;
  try {
    const config = await oidc.dynamicClientRegistration(
      new URL(issuer),
      {
        client_name: 'Tokenscope',
        application_type: 'native',
        redirect_uris: REGISTERED_REDIRECT_URIS,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      },
      oidc.None(),
      discoveryOptions(issuer, capture, server.kind),
    );
    const { client_secret, registration_access_token, ...rest } = config.clientMetadata() as Record<string, unknown>;
    capture.addSecret(typeof client_secret === 'string' ? client_secret : undefined);
    capture.addSecret(typeof registration_access_token === 'string' ? registration_access_token : undefined);
    return {
      ok: true,
      value: {
        clientId: config.clientMetadata().client_id,
        ...(typeof client_secret === 'string' ? { clientSecret: client_secret } : {}),
        metadata: rest,
      },
      summary: `Registered ${config.clientMetadata().client_id} at ${endpoint}; saved as a connection.`,
      rule: 'RFC 7591 §3.1: a public native client (PKCE), redirect URIs on loopback and tokenscope://.',
    };
  } catch (error) {
    if (error instanceof oidc.ResponseBodyError)
      return registrationRefused(endpoint, {
        status: error.status,
        error: error.error,
        ...(error.error_description ? { description: error.error_description } : {}),
      });
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Response) return registrationRefused(endpoint, { status: cause.status });
    return registrationRefused(endpoint, { message: (error as Error).message });
  }
}
