import {
  checkSecretName,
  VaultUnavailableError,
  type SecretVault,
  type VaultProblem,
  type VaultStatus,
} from './secret-vault.js';

/** How a vault keeps its whole map of secrets: sealed as one blob, so even the names are not readable on disk. */
export interface SecretStore {
  /** Throws a VaultUnavailableError (with the fix) when the file exists and cannot be opened. */
  read(): Promise<Record<string, string>>;
  write(entries: Record<string, string>): Promise<void>;
}

/**
 * A vault over any store: loads once, then writes the whole map after each change, one write at a time so a
 * quick set-then-delete cannot land on disk in the wrong order. A store that cannot be read is never written: every
 * change loads first, so it is refused with the reason (kept as `status().problem`) until a read succeeds.
 */
export function createStoredVault(store: SecretStore, status: () => VaultStatus): SecretVault {
  let entries: Promise<Map<string, string>> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let problem: VaultProblem | undefined;
  const load = () => {
    entries ??= store.read().then(
      (record) => {
        problem = undefined;
        return new Map(Object.entries(record));
      },
      (error: unknown) => {
        problem =
          error instanceof VaultUnavailableError
            ? error.problem
            : { kind: 'unreadable', message: (error as Error).message };
        throw error;
      },
    );
    // A failed read (wrong passphrase, damaged file) must be retried, not remembered.
    entries.catch(() => (entries = undefined));
    return entries;
  };
  const persist = (map: Map<string, string>) => {
    const snapshot = Object.fromEntries(map);
    writing = writing.catch(() => undefined).then(() => store.write(snapshot));
    return writing;
  };
  return {
    async get(name) {
      return (await load()).get(checkSecretName(name));
    },
    async set(name, value) {
      if (typeof value !== 'string') throw new TypeError('A secret must be a string.');
      const map = await load();
      map.set(checkSecretName(name), value);
      await persist(map);
    },
    async delete(name) {
      const map = await load();
      const existed = map.delete(checkSecretName(name));
      if (existed) await persist(map);
      return existed;
    },
    async list() {
      return [...(await load()).keys()].sort();
    },
    status: () => ({ ...status(), ...(problem ? { problem } : {}) }),
    async check() {
      await load().catch(() => undefined);
      return this.status();
    },
  };
}
