import type { EditConnectionRequest } from '../../../shared/contract/connection.js';
import { defaultConnectionName } from './add-connection.js';
import { clientPrivateKey, publicPart } from './client-key.js';
import type { ConnectionStore, SavedConnection } from './connection-store.js';

const usesSecret = (method: string) => method === 'client_secret_basic' || method === 'client_secret_post';

/**
 * Renames a saved connection or changes one client: id, type, authentication, secret. What is not given keeps its
 * value, a secret included (switching between client_secret_basic and client_secret_post keeps it). A new secret or
 * key reaches the vault only, as addConnection's does.
 */
export async function editConnection(store: ConnectionStore, request: EditConnectionRequest): Promise<SavedConnection> {
  await store.ready;
  const connection = store.find(request.connectionId);
  if (!connection || (request.workspaceId !== undefined && connection.workspaceId !== request.workspaceId)) {
    throw new Error(
      `There is no connection "${request.connectionId}" in this workspace. ` +
        'Pick the workspace it belongs to, or refresh the list of connections.',
    );
  }
  const secrets = new Map<string, string | undefined>();
  let clients = connection.clients;
  let name = connection.name;
  if (request.client) {
    const change = request.client;
    const client = connection.clients.find((c) => c.clientId === change.clientId);
    if (!client) {
      const known = connection.clients.map((c) => c.clientId).join(', ');
      throw new Error(`${connection.name} has no client "${change.clientId}". Pick one of: ${known}.`);
    }
    const clientId = change.newClientId?.trim() || client.clientId;
    if (clientId !== client.clientId && connection.clients.some((c) => c.clientId === clientId)) {
      throw new Error(`${connection.name} already has a client "${clientId}": edit that one instead.`);
    }
    const authMethod = change.authMethod ?? client.authMethod;
    const kept = store.secret(connection.id, client.clientId);
    const typed = change.secret?.trim() ? change.secret : undefined;
    let publicJwk = client.publicJwk;
    let secret: string | undefined;
    if (authMethod === 'none') {
      secret = undefined;
      publicJwk = undefined;
    } else if (authMethod === 'private_key_jwt') {
      if (typed || client.authMethod !== 'private_key_jwt' || !kept) {
        // A new key (typed, or generated) must be registered on the server again: its public part is shown.
        const jwk = await clientPrivateKey(typed?.trim() ?? 'generate');
        secret = JSON.stringify(jwk);
        publicJwk = publicPart(jwk);
      } else secret = kept;
    } else {
      secret = typed ?? (usesSecret(client.authMethod) ? kept : undefined);
      publicJwk = undefined;
      if (!secret) {
        const where = `copy it from the application's page on ${connection.issuer}`;
        throw new Error(`${authMethod} needs the client secret of ${clientId}: ${where}.`);
      }
    }
    const { publicJwk: _old, ...rest } = client;
    const kind = change.kind ?? client.kind;
    const next = { ...rest, clientId, authMethod, kind, ...(publicJwk ? { publicJwk } : {}) };
    if (next.name === client.clientId) next.name = clientId;
    clients = connection.clients.map((c) => (c === client ? next : c));
    secrets.set(clientId, secret);
    if (request.name === undefined && connection.name === defaultConnectionName(connection.issuer, client.clientId)) {
      name = defaultConnectionName(connection.issuer, clientId);
    }
  }
  if (request.name !== undefined) {
    name = request.name.trim() || defaultConnectionName(connection.issuer, clients[0]?.clientId ?? '');
  }
  return store.replace({ ...connection, name, clients }, secrets);
}
