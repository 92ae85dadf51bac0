import type { ConnectionSummary } from '../../../shared/contract/connection.js';
import type { DiscoveryApi } from '../../../shared/contract/methods/discovery-methods.js';
import type { KnownClient } from '../../../shared/discovery/discovery-report.js';
import { sameIdentifier } from '../../../shared/discovery/discovery-chain.js';
import type { NewConnection, SavedConnection } from '../connections/connection-store.js';
import { DiscoveryService, type DiscoveryDeps } from './discovery-service.js';

export interface DiscoveryApiDeps extends Pick<DiscoveryDeps, 'engine' | 'startAuthorization' | 'events' | 'redirect'> {
  /** The workspace's connections as the renderer lists them (the sandbox first). */
  connections(workspaceId?: string): Promise<ConnectionSummary[]>;
  /** Saves a connection in the workspace with the client's secret, if any, in the vault. */
  addConnection(
    workspaceId: string | undefined,
    connection: NewConnection,
    client: { clientId: string; secret?: string },
  ): Promise<SavedConnection>;
}

/** Clients that can sign a user in: not M2M, and holding what they authenticate with. */
function signInClients(connection: ConnectionSummary): KnownClient[] {
  if (connection.unavailable) return [];
  return connection.clients
    .filter((c) => c.kind !== 'm2m' && !c.secretMissing && c.authMethod !== 'private_key_jwt')
    .map((c) => ({ connectionId: connection.id, connectionName: connection.name, clientId: c.clientId }));
}

/** The discovery calls of the contract over one DiscoveryService. */
export function createDiscoveryApi(deps: DiscoveryApiDeps): DiscoveryApi {
  const service = new DiscoveryService({
    ...deps,
    async knownClients(issuer, workspaceId) {
      const connections = await deps.connections(workspaceId);
      return connections.filter((c) => sameIdentifier(c.issuer, issuer)).flatMap(signInClients);
    },
    async saveRegistered(workspaceId, issuer, client, serverMetadata) {
      const method = client.metadata.token_endpoint_auth_method;
      const authMethod = method === 'client_secret_post' || method === 'client_secret_basic' ? method : 'none';
      const name = `${new URL(issuer).host} · ${client.clientId} (registered)`;
      const saved = await deps.addConnection(
        workspaceId,
        {
          name,
          issuer,
          metadata: serverMetadata,
          clients: [{ clientId: client.clientId, name: 'Tokenscope (registered)', kind: 'native', authMethod }],
        },
        { clientId: client.clientId, ...(client.clientSecret ? { secret: client.clientSecret } : {}) },
      );
      return { connectionId: saved.id, connectionName: saved.name, clientId: client.clientId };
    },
  });
  return {
    discoverApi: (request) => service.discover(request),
    signInToApi: (request) => service.signIn(request),
    getDiscovery: async ({ discoveryId }) => service.get(discoveryId),
  };
}
