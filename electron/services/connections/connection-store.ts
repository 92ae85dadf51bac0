import { join } from 'node:path';
import type { ClientSummary, ConnectionSummary } from '../../../shared/contract/connection.js';
import { DEFAULT_WORKSPACE_ID } from '../../../shared/replay/workspace.js';
import { JsonFileWithBackup } from '../workspaces/json-file-with-backup.js';
import type { SecretVault } from '../vault/secret-vault.js';

export const CONNECTIONS_FILE = 'connections.json';

interface SavedClient extends Omit<ClientSummary, 'hasSecret' | 'secretMissing'> {
  authMethod: NonNullable<ClientSummary['authMethod']>;
}

export interface SavedConnection {
  id: string;
  /** The workspace it belongs to: the one record of which connections a workspace has. */
  workspaceId: string;
  name: string;
  issuer: string;
  clients: SavedClient[];
  metadata?: Record<string, unknown>;
}

export type NewConnection = Omit<SavedConnection, 'id' | 'workspaceId'>;

interface ConnectionsDocument {
  connections: SavedConnection[];
}

const secretName = (connectionId: string, clientId: string) => `connection:${connectionId}:client:${clientId}`;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const newId = () => `conn-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** Also the migration: connections saved before workspaces owned them have no workspaceId and belong to the default one. */
function validateDocument(data: unknown): ConnectionsDocument | string {
  if (!isRecord(data) || !Array.isArray(data.connections)) return 'it has no "connections" list';
  for (const c of data.connections as unknown[]) {
    if (!isRecord(c) || typeof c.id !== 'string' || typeof c.issuer !== 'string' || !Array.isArray(c.clients))
      return 'a connection in it lacks its id, issuer or clients';
  }
  const connections = (data.connections as SavedConnection[]).map((c) => ({
    ...c,
    workspaceId: typeof c.workspaceId === 'string' ? c.workspaceId : DEFAULT_WORKSPACE_ID,
  }));
  return { connections };
}

/**
 * The user's connections, each in its workspace: what is safe to keep in a file (issuer, client ids, discovery
 * metadata) in connections.json, atomic with a backup; client secrets in the vault. Secrets are read into memory
 * once, so flows resolve a client without waiting on the vault.
 */
export class ConnectionStore {
  private connections: SavedConnection[] = [];
  private readonly secrets = new Map<string, string>();
  private readonly file: JsonFileWithBackup<ConnectionsDocument>;
  readonly ready: Promise<void>;
  /** Repairs made while loading, for the user (shown with the workspaces' own). */
  notices: string[] = [];

  constructor(
    dataDir: string,
    private readonly vault: SecretVault,
  ) {
    this.file = new JsonFileWithBackup(join(dataDir, CONNECTIONS_FILE), validateDocument, {
      content: 'saved connections',
      check: 'check your connections',
      recover: 'Add them again, or import a workspace export.',
    });
    this.fileLoaded = this.loadFile();
    this.ready = this.fileLoaded.then(() => this.loadSecrets());
  }

  /**
   * Settles once connections.json is read (or repaired): its notices are known then, without waiting for the vault,
   * so the first list of notices already has them.
   */
  readonly fileLoaded: Promise<void>;

  private async loadFile(): Promise<void> {
    let loaded: { value?: ConnectionsDocument; notices: string[] };
    try {
      loaded = await this.file.load();
    } catch (error) {
      // The workspaces and the sandbox stay usable; the file refuses saves with this reason until it is fixed.
      loaded = { notices: [`${(error as Error).message} Until then no saved connection is listed.`] };
    }
    this.notices.push(...loaded.notices);
    this.connections = loaded.value?.connections ?? [];
  }

  private async loadSecrets(): Promise<void> {
    for (const connection of this.connections) {
      for (const client of connection.clients) {
        const secret = await this.vault.get(secretName(connection.id, client.clientId)).catch(() => undefined);
        if (secret) this.secrets.set(secretName(connection.id, client.clientId), secret);
      }
    }
  }

  list(workspaceId: string): SavedConnection[] {
    return this.connections.filter((c) => c.workspaceId === workspaceId);
  }

  find(id: string): SavedConnection | undefined {
    return this.connections.find((c) => c.id === id);
  }

  secret(connectionId: string, clientId: string): string | undefined {
    return this.secrets.get(secretName(connectionId, clientId));
  }

  summary(connection: SavedConnection): ConnectionSummary {
    return {
      id: connection.id,
      name: connection.name,
      kind: 'issuer',
      issuer: connection.issuer,
      resources: [],
      metadata: connection.metadata,
      clients: connection.clients.map((client) => {
        const hasSecret = this.secrets.has(secretName(connection.id, client.clientId));
        return { ...client, hasSecret, ...(client.authMethod !== 'none' && !hasSecret ? { secretMissing: true } : {}) };
      }),
    };
  }

  /** `secret`: the client secret, or for private_key_jwt the private JWK as JSON; it goes to the vault only. */
  async add(
    workspaceId: string,
    connection: NewConnection,
    client: { clientId: string; secret?: string },
  ): Promise<SavedConnection> {
    const [saved] = await this.addMany(workspaceId, [connection]);
    if (client.secret) await this.setSecret(saved!.id, client.clientId, client.secret);
    return saved!;
  }

  /** Without secrets: an import brings none, and each client is flagged `secretMissing` until one is entered. */
  async addMany(workspaceId: string, connections: NewConnection[]): Promise<SavedConnection[]> {
    await this.ready;
    this.file.assertWritable();
    const added = connections.map((c) => ({ ...c, id: newId(), workspaceId }));
    this.connections = [...this.connections, ...added];
    try {
      await this.save();
    } catch (error) {
      // Not on disk, so not listed either: a caller that keeps its own copy on failure (a legacy move) loses nothing.
      this.connections = this.connections.filter((c) => !added.includes(c));
      throw error;
    }
    return added;
  }

  /** Puts the secret in the vault (and memory); for private_key_jwt, `publicJwk` replaces the key to register. */
  async setSecret(
    connectionId: string,
    clientId: string,
    secret: string,
    publicJwk?: Record<string, unknown>,
  ): Promise<SavedConnection> {
    await this.ready;
    const connection = this.find(connectionId);
    if (!connection)
      throw new Error(`There is no connection "${connectionId}". Pick one from the list of connections.`);
    await this.vault.set(secretName(connectionId, clientId), secret);
    this.secrets.set(secretName(connectionId, clientId), secret);
    if (publicJwk) {
      connection.clients = connection.clients.map((c) => (c.clientId === clientId ? { ...c, publicJwk } : c));
      await this.save();
    }
    return connection;
  }

  /**
   * Replaces a saved connection with `next` (same id and workspace) and moves its clients' secrets: `secrets` gives
   * each client of `next` its secret, undefined to drop it. A failed save keeps the old connection and secrets.
   */
  async replace(next: SavedConnection, secrets: Map<string, string | undefined>): Promise<SavedConnection> {
    await this.ready;
    const previous = this.find(next.id);
    if (!previous) throw new Error(`There is no connection "${next.id}". Pick one from the list of connections.`);
    this.connections = this.connections.map((c) => (c.id === next.id ? next : c));
    try {
      await this.save();
    } catch (error) {
      this.connections = this.connections.map((c) => (c.id === next.id ? previous : c));
      throw error;
    }
    for (const client of previous.clients) {
      if (!next.clients.some((c) => c.clientId === client.clientId)) {
        await this.vault.delete(secretName(next.id, client.clientId));
        this.secrets.delete(secretName(next.id, client.clientId));
      }
    }
    for (const [clientId, secret] of secrets) {
      if (secret === undefined) {
        await this.vault.delete(secretName(next.id, clientId));
        this.secrets.delete(secretName(next.id, clientId));
      } else {
        await this.vault.set(secretName(next.id, clientId), secret);
        this.secrets.set(secretName(next.id, clientId), secret);
      }
    }
    return next;
  }

  async remove(id: string): Promise<void> {
    await this.ready;
    const connection = this.find(id);
    if (!connection) return;
    await this.forgetSecrets([connection]);
    this.connections = this.connections.filter((c) => c.id !== id);
    await this.save();
  }

  /** A workspace removed takes its connections and their vault secrets with it. */
  async removeWorkspace(workspaceId: string): Promise<void> {
    await this.ready;
    const gone = this.list(workspaceId);
    if (gone.length === 0) return;
    await this.forgetSecrets(gone);
    this.connections = this.connections.filter((c) => c.workspaceId !== workspaceId);
    await this.save();
  }

  private async forgetSecrets(connections: SavedConnection[]): Promise<void> {
    for (const connection of connections) {
      for (const client of connection.clients) {
        await this.vault.delete(secretName(connection.id, client.clientId));
        this.secrets.delete(secretName(connection.id, client.clientId));
      }
    }
  }

  private save(): Promise<void> {
    return this.file.save({ connections: this.connections });
  }
}
