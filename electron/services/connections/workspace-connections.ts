/**
 * What a workspace does with its connections: export them without a secret, import them as new connections that
 * ask for their secrets again, remove them with the workspace. The connection store stays the one record.
 */
import type { SecretNeeded, WorkspaceConnection } from '../../../shared/replay/workspace.js';
import { issuerOf } from './add-connection.js';
import type { ConnectionStore, NewConnection } from './connection-store.js';

export interface WorkspaceConnections {
  exportFor(workspaceId: string): Promise<WorkspaceConnection[]>;
  importInto(workspaceId: string, connections: WorkspaceConnection[]): Promise<{ secretsNeeded: SecretNeeded[]; notices: string[] }>;
  removeWorkspace(workspaceId: string): Promise<void>;
  /** What the store repaired when it loaded, shown with the workspaces' notices. */
  notices(): string[];
  dismissNotices(): void;
}

export function workspaceConnections(store: ConnectionStore): WorkspaceConnections {
  return {
    async exportFor(workspaceId) {
      await store.ready;
      // exportWorkspace copies field by field, so a client's public key and the ids stay behind.
      return store.list(workspaceId);
    },

    async importInto(workspaceId, connections) {
      const notices: string[] = [];
      const accepted: NewConnection[] = [];
      for (const c of connections) {
        // The file may come from anywhere: an issuer that addConnection would refuse is refused here too.
        try {
          accepted.push({ name: c.name, issuer: issuerOf({ issuer: c.issuer }), clients: c.clients.map((k) => ({ ...k, name: k.name ?? k.clientId })), ...(c.metadata ? { metadata: c.metadata } : {}) });
        } catch (error) {
          notices.push(`Skipped the connection "${c.name}": ${(error as Error).message}`);
        }
      }
      const added = await store.addMany(workspaceId, accepted);
      const secretsNeeded = added.flatMap((c) =>
        c.clients.flatMap((k) => (k.authMethod === 'none' ? [] : [{ connectionId: c.id, connectionName: c.name, clientId: k.clientId, authMethod: k.authMethod }])),
      );
      return { secretsNeeded, notices };
    },

    removeWorkspace: (workspaceId) => store.removeWorkspace(workspaceId),
    notices: () => [...store.notices],
    dismissNotices() {
      store.notices = [];
    },
  };
}
