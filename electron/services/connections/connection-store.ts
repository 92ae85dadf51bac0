import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientSummary, ConnectionSummary } from '../../../shared/contract/connection.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import type { SecretVault } from '../vault/secret-vault.js';

export const CONNECTIONS_FILE = 'connections.json';

interface SavedClient extends Omit<ClientSummary, 'hasSecret' | 'secretMissing'> {
  authMethod: NonNullable<ClientSummary['authMethod']>;
}

export interface SavedConnection {
  id: string;
  name: string;
  issuer: string;
  clients: SavedClient[];
  metadata?: Record<string, unknown>;
}

const secretName = (connectionId: string, clientId: string) => `connection:${connectionId}:client:${clientId}`;

/**
 * The user's connections: what is safe to keep in a file (issuer, client ids, discovery metadata) in
 * connections.json, client secrets in the vault. Secrets are read into memory once, so flows resolve a client
 * without waiting on the vault.
 */
export class ConnectionStore {
  private connections: SavedConnection[] = [];
  private readonly secrets = new Map<string, string>();
  readonly ready: Promise<void>;
  private loadProblem?: string;

  constructor(
    private readonly dataDir: string,
    private readonly vault: SecretVault,
  ) {
    this.ready = this.load();
  }

  private get file() {
    return join(this.dataDir, CONNECTIONS_FILE);
  }

  private async load(): Promise<void> {
    if (!existsSync(this.file)) return;
    try {
      this.connections = (JSON.parse(await readFile(this.file, 'utf8')) as { connections: SavedConnection[] }).connections ?? [];
    } catch (error) {
      this.loadProblem = `${this.file} could not be read (${(error as Error).message}); your saved connections are not shown. Fix or delete the file.`;
      return;
    }
    for (const connection of this.connections) {
      for (const client of connection.clients) {
        const secret = await this.vault.get(secretName(connection.id, client.clientId)).catch(() => undefined);
        if (secret) this.secrets.set(secretName(connection.id, client.clientId), secret);
      }
    }
  }

  problem(): string | undefined {
    return this.loadProblem;
  }

  list(): SavedConnection[] {
    return this.connections;
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
  async add(connection: Omit<SavedConnection, 'id'>, client: { clientId: string; secret?: string }): Promise<SavedConnection> {
    await this.ready;
    const id = `conn-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const saved: SavedConnection = { ...connection, id };
    if (client.secret) {
      await this.vault.set(secretName(id, client.clientId), client.secret);
      this.secrets.set(secretName(id, client.clientId), client.secret);
    }
    this.connections = [...this.connections, saved];
    await this.save();
    return saved;
  }

  async remove(id: string): Promise<void> {
    await this.ready;
    const connection = this.find(id);
    if (!connection) return;
    for (const client of connection.clients) {
      await this.vault.delete(secretName(id, client.clientId));
      this.secrets.delete(secretName(id, client.clientId));
    }
    this.connections = this.connections.filter((c) => c.id !== id);
    await this.save();
  }

  private async save(): Promise<void> {
    await writeFileAtomic(join(this.dataDir, CONNECTIONS_FILE), JSON.stringify({ connections: this.connections }, null, 2));
  }
}
