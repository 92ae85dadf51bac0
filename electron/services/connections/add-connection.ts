import type { AddConnectionRequest } from '../../../shared/contract/connection.js';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';
import { discover } from '../flows/issuer-discovery.js';
import { toFlowError } from '../flows/flow-error.js';
import type { ConnectionStore, SavedConnection } from './connection-store.js';
import type { JWK } from 'jose';
import { clientPrivateKey, publicPart } from './client-key.js';

/** Logto's layout: the issuer is the endpoint followed by /oidc (https://<tenant>.logto.app/oidc). */
export function issuerOf(request: Pick<AddConnectionRequest, 'issuer' | 'logtoEndpoint'>): string {
  if (Boolean(request.issuer) === Boolean(request.logtoEndpoint)) {
    throw new Error('Give either an issuer URL or a Logto endpoint, not both.');
  }
  const raw = (request.issuer ?? `${request.logtoEndpoint!.replace(/\/+$/, '')}/oidc`).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`"${raw}" is not a URL. Use the full address, e.g. https://your-tenant.logto.app/oidc.`);
  }
  // OAuth 2.1 §1.5: TLS everywhere; a server on this machine is the one exception worth making.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url))) {
    throw new Error(
      `${raw} is not https. Plain http:// is allowed only for a server on this machine (127.0.0.1, localhost).`,
    );
  }
  return raw.replace(/\/+$/, '');
}

/** Tells connections apart: the issuer's host and path (two tenants on one host differ there) and the app. */
export function defaultConnectionName(issuer: string, clientId: string): string {
  const url = new URL(issuer);
  return `${url.host}${url.pathname.replace(/\/+$/, '')} · ${clientId}`;
}

/** Discovers the issuer first (OpenID Connect Discovery 1.0 §4), so a connection that is saved is one that works. */
export async function addConnection(
  store: ConnectionStore,
  workspaceId: string,
  request: AddConnectionRequest,
): Promise<SavedConnection> {
  const issuer = issuerOf(request);
  const { client } = request;
  let secret = client.clientSecret;
  let privateKeyJwk: JWK | undefined;
  if (client.authMethod === 'private_key_jwt') {
    if (!client.privateKey)
      throw new Error('private_key_jwt needs a private key: generate one, or paste yours (JWK or PEM).');
    privateKeyJwk = await clientPrivateKey(client.privateKey);
    // The vault keeps the private JWK as this client's secret; only its public part is shown and saved.
    secret = JSON.stringify(privateKeyJwk);
  } else if (client.authMethod !== 'none' && !secret) {
    throw new Error(
      `${client.authMethod} needs the client secret. Copy it from the application's page, or choose "none" for a public app (PKCE).`,
    );
  }
  let metadata: Record<string, unknown>;
  try {
    const config = await discover(issuer, {
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      authMethod: client.authMethod,
      privateKeyJwk,
    });
    metadata = { ...config.serverMetadata() };
  } catch (error) {
    const explained = toFlowError(error, {
      grant: 'discovery',
      resources: [],
      scope: '',
      clientId: client.clientId,
      issuer,
      authMethod: client.authMethod,
    });
    throw new Error(`Discovery at ${issuer} failed: ${explained.explanation} ${explained.fix}`);
  }
  return store.add(
    workspaceId,
    {
      name: request.name?.trim() || defaultConnectionName(issuer, client.clientId),
      issuer,
      metadata,
      clients: [
        {
          clientId: client.clientId,
          name: client.name?.trim() || client.clientId,
          kind: client.kind,
          authMethod: client.authMethod,
          ...(privateKeyJwk ? { publicJwk: publicPart(privateKeyJwk) } : {}),
        },
      ],
    },
    { clientId: client.clientId, secret },
  );
}
