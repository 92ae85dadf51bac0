import { join } from 'node:path';
import { JsonFileWithBackup } from '../workspaces/json-file-with-backup.js';
import type { SecretVault } from '../vault/secret-vault.js';

export const MANAGEMENT_ACCESS_FILE = 'tenant-access.json';

/** What may sit in a file: the app's id and the indicator the user set. Its secret lives in the vault only. */
export interface ManagementAccess {
  connectionId: string;
  clientId: string;
  /** The user's Management API indicator; absent: derived from the endpoint. */
  managementApi?: string;
}

interface AccessDocument {
  access: ManagementAccess[];
}

const secretName = (connectionId: string) => `connection:${connectionId}:management-api-client`;

function validate(data: unknown): AccessDocument | string {
  const list = (data as { access?: unknown } | null)?.access;
  if (!Array.isArray(list)) return 'it has no "access" list';
  for (const a of list as Partial<ManagementAccess>[]) {
    if (typeof a?.connectionId !== 'string' || typeof a.clientId !== 'string')
      return 'an entry in it lacks its connectionId or clientId';
  }
  return { access: list as ManagementAccess[] };
}

/**
 * Management API access per connection: `tenant-access.json` (atomic, with a backup) for the app id and indicator,
 * the vault for the app's secret, as a connection's own clients keep theirs.
 */
export class ManagementAccessStore {
  private access: ManagementAccess[] = [];
  private readonly file: JsonFileWithBackup<AccessDocument>;
  readonly ready: Promise<void>;
  notices: string[] = [];

  constructor(
    dataDir: string,
    private readonly vault: SecretVault,
  ) {
    this.file = new JsonFileWithBackup(join(dataDir, MANAGEMENT_ACCESS_FILE), validate, {
      content: 'Management API access settings',
      check: 'check the Management API access of your connections',
      recover: 'Set the Management API access of each connection again.',
    });
    this.ready = this.file.load().then(
      (loaded) => {
        this.notices.push(...loaded.notices);
        this.access = loaded.value?.access ?? [];
      },
      (error: Error) => void this.notices.push(error.message),
    );
  }

  async get(connectionId: string): Promise<ManagementAccess | undefined> {
    await this.ready;
    return this.access.find((a) => a.connectionId === connectionId);
  }

  async secret(connectionId: string): Promise<string | undefined> {
    return this.vault.get(secretName(connectionId));
  }

  /** `secret` undefined keeps the one in the vault (the same app, its indicator changed). */
  async set(entry: ManagementAccess, secret: string | undefined): Promise<void> {
    await this.ready;
    this.file.assertWritable();
    if (secret !== undefined) await this.vault.set(secretName(entry.connectionId), secret);
    this.access = [...this.access.filter((a) => a.connectionId !== entry.connectionId), entry];
    await this.file.save({ access: this.access });
  }

  async remove(connectionId: string): Promise<void> {
    await this.ready;
    if (!this.access.some((a) => a.connectionId === connectionId)) return;
    await this.vault.delete(secretName(connectionId));
    this.access = this.access.filter((a) => a.connectionId !== connectionId);
    await this.file.save({ access: this.access });
  }
}
