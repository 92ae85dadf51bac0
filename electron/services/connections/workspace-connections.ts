/**
 * What a workspace does with its connections: export them without a secret, import them as new connections that
 * ask for their secrets again, remove them with the workspace. The connection store stays the one record.
 */
import type { SecretNeeded, WorkspaceConnection } from '../../../shared/replay/workspace.js';
import { readConnection } from '../../../shared/replay/workspace-export.js';
import type { LegacyConnections, WorkspaceStore } from '../workspaces/workspace-store.js';
import { issuerOf } from './add-connection.js';
import type { ConnectionStore, NewConnection, SavedConnection } from './connection-store.js';

export interface WorkspaceConnections {
  exportFor(workspaceId: string): Promise<WorkspaceConnection[]>;
  importInto(
    workspaceId: string,
    connections: WorkspaceConnection[],
  ): Promise<{ secretsNeeded: SecretNeeded[]; notices: string[] }>;
  removeWorkspace(workspaceId: string): Promise<void>;
  /** What the store repaired when it loaded, shown with the workspaces' notices; waits for connections.json to be read. */
  notices(): Promise<string[]>;
  /** Only those the user saw. */
  dismissNotices(seen: readonly string[]): void;
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
          accepted.push({
            name: c.name,
            issuer: issuerOf({ issuer: c.issuer }),
            clients: c.clients.map((k) => ({ ...k, name: k.name ?? k.clientId })),
            ...(c.metadata ? { metadata: c.metadata } : {}),
          });
        } catch (error) {
          notices.push(`Skipped the connection "${c.name}": ${(error as Error).message}`);
        }
      }
      const added = await store.addMany(workspaceId, accepted);
      const secretsNeeded = added.flatMap((c) =>
        c.clients.flatMap((k) =>
          k.authMethod === 'none'
            ? []
            : [{ connectionId: c.id, connectionName: c.name, clientId: k.clientId, authMethod: k.authMethod }],
        ),
      );
      return { secretsNeeded, notices };
    },

    removeWorkspace: (workspaceId) => store.removeWorkspace(workspaceId),
    async notices() {
      await store.fileLoaded;
      return [...store.notices];
    },
    dismissNotices(seen) {
      store.notices = store.notices.filter((n) => !seen.includes(n));
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One workspace's legacy entries, sorted into what moves, what is already there, and what cannot move (kept). */
function sortLegacy(group: LegacyConnections, store: ConnectionStore) {
  const present = new Set(store.list(group.workspaceId).map((c) => c.issuer.trim().replace(/\/+$/, '')));
  const moving: NewConnection[] = [];
  const kept: unknown[] = [];
  const refused: string[] = [];
  let alreadyThere = 0;
  for (const raw of group.connections) {
    // Read as an old export is read: needsSecret becomes client_secret_basic, so the client is flagged secretMissing.
    const connection = isRecord(raw) ? readConnection(raw, new Set()) : undefined;
    let issuer: string;
    try {
      if (!connection) throw new Error('it is not a connection object');
      issuer = issuerOf({ issuer: connection.issuer });
    } catch (error) {
      kept.push(raw);
      refused.push(
        `"${isRecord(raw) && typeof raw.name === 'string' ? raw.name : '(no name)'}": ${(error as Error).message.replace(/\.$/, '')}`,
      );
      continue;
    }
    if (present.has(issuer)) {
      alreadyThere += 1;
      continue;
    }
    present.add(issuer);
    moving.push({
      name: connection.name,
      issuer,
      clients: connection.clients.map((k) => ({ ...k, name: k.name ?? k.clientId })),
    });
  }
  return { moving, kept, refused, alreadyThere };
}

/**
 * workspaces.json written by older versions holds each workspace's connections, which nothing reads any more: move
 * them into the connection store, once, then drop the field. Nothing is lost: the field stays in the file until the
 * store has saved them, and entries that cannot be moved stay in it. Never throws; what happened is a notice.
 */
export async function moveLegacyConnections(workspaces: WorkspaceStore, store: ConnectionStore): Promise<void> {
  const groups = workspaces.legacyConnections();
  if (groups.length === 0) return;
  try {
    await store.ready;
  } catch (error) {
    workspaces.notices.push(
      `The connections kept in workspaces.json by an older version were not moved: the connection list could not be read (${(error as Error).message}). They stay there; Tokenscope tries again at the next start.`,
    );
    return;
  }
  for (const group of groups) {
    const { moving, kept, refused, alreadyThere } = sortLegacy(group, store);
    let added: SavedConnection[];
    try {
      added = moving.length > 0 ? await store.addMany(group.workspaceId, moving) : [];
    } catch (error) {
      workspaces.notices.push(
        `The ${plural(moving.length, 'connection')} of workspace "${group.workspaceName}" kept in workspaces.json by an older version could not be moved into the connection list: ${(error as Error).message}. They stay there; Tokenscope tries again at the next start. Check that the data folder is writable.`,
      );
      continue;
    }
    const secrets = added.some((c) => c.clients.some((k) => k.authMethod !== 'none'));
    const parts = [
      ...(added.length > 0
        ? [
            `Moved ${plural(added.length, 'connection')} of workspace "${group.workspaceName}" into the connection list${secrets ? '; enter their client secrets again (select the connection and choose "Enter secret")' : ''}.`,
          ]
        : []),
      ...(alreadyThere > 0
        ? [
            `${plural(alreadyThere, 'older connection')} of workspace "${group.workspaceName}" had an issuer already in its list and ${alreadyThere === 1 ? 'was' : 'were'} left out.`,
          ]
        : []),
      ...refused.map(
        (r) =>
          `The older connection ${r}. It stays in workspaces.json: fix its issuer there, or add the connection again.`,
      ),
    ];
    workspaces.notices.push(...parts);
    try {
      await workspaces.settleLegacyConnections(group.workspaceId, kept);
    } catch {
      // The moved ones are saved; left in workspaces.json they are found already there at the next start and skipped.
    }
  }
}
