import type { SetClientSecretRequest } from '../../../shared/contract/connection.js';
import { clientPrivateKey, publicPart } from './client-key.js';
import type { ConnectionStore, SavedConnection } from './connection-store.js';

/** A secret entered again for a saved client; like addConnection's, it reaches the vault and nothing else. */
export async function setClientSecret(
  store: ConnectionStore,
  request: SetClientSecretRequest,
): Promise<SavedConnection> {
  await store.ready;
  const connection = store.find(request.connectionId);
  if (!connection || (request.workspaceId !== undefined && connection.workspaceId !== request.workspaceId)) {
    throw new Error(
      `There is no connection "${request.connectionId}" in this workspace. Pick the workspace it belongs to, or refresh the list of connections.`,
    );
  }
  const client = connection.clients.find((c) => c.clientId === request.clientId);
  if (!client)
    throw new Error(
      `${connection.name} has no client "${request.clientId}". Pick one of: ${connection.clients.map((c) => c.clientId).join(', ')}.`,
    );
  if (client.authMethod === 'none') {
    throw new Error(`${client.clientId} is a public client (authentication "none"): it has no secret to enter.`);
  }
  if (client.authMethod === 'private_key_jwt') {
    // Empty means a new key, as in AddConnectionForm; its public part must then be registered on the server again.
    const jwk = await clientPrivateKey(request.secret.trim() || 'generate');
    return store.setSecret(connection.id, client.clientId, JSON.stringify(jwk), publicPart(jwk));
  }
  if (!request.secret)
    throw new Error(
      `Enter the client secret of ${client.clientId}: copy it from the application's page on ${connection.issuer}.`,
    );
  return store.setSecret(connection.id, client.clientId, request.secret);
}
