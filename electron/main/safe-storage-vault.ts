import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../services/files/atomic-write.js';
import { createMemoryVault } from '../services/vault/memory-vault.js';
import type { SecretVault, VaultStatus } from '../services/vault/secret-vault.js';
import { createStoredVault } from '../services/vault/stored-vault.js';

/** Electron's safeStorage, async API only (the synchronous one is deprecated since Electron 39). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only. */
  getSelectedStorageBackend(): string;
}

export const SAFE_STORAGE_VAULT_FILE = 'vault.safe-storage';

export const BASIC_TEXT_WARNING =
  'No system keyring was found (GNOME Keyring, KWallet): your secrets are encrypted with a password built into Chromium, ' +
  'which anyone with your files can undo. Install and unlock a keyring, then restart Tokenscope.';

export const UNAVAILABLE_WARNING =
  'The operating system offers no encryption to Tokenscope, so secrets are kept in memory only and forgotten when it quits.';

export function safeStorageStatus(platform: NodeJS.Platform, backend: string | undefined): VaultStatus {
  if (platform === 'linux' && backend === 'basic_text')
    return { backend: 'safe-storage-basic-text', persistent: true, warning: BASIC_TEXT_WARNING };
  return { backend: 'safe-storage', persistent: true };
}

/**
 * The desktop vault: the whole map of secrets encrypted by the OS (Keychain, DPAPI, libsecret/KWallet) through
 * safeStorage, in one file. Call after `ready`. When the OS asks to re-encrypt (its key rotated), the next read
 * writes the file again.
 */
export async function openSafeStorageVault(options: {
  safeStorage: SafeStorageLike;
  file: string;
  platform: NodeJS.Platform;
}): Promise<SecretVault> {
  const { safeStorage, file, platform } = options;
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return createMemoryVault(UNAVAILABLE_WARNING);
  const status = safeStorageStatus(
    platform,
    platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
  );

  const write = async (entries: Record<string, string>) => {
    const encrypted = await safeStorage.encryptStringAsync(JSON.stringify(entries));
    await writeFileAtomic(file, encrypted);
  };
  const read = async (): Promise<Record<string, string>> => {
    const encrypted = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!encrypted) return {};
    let decrypted: { result: string; shouldReEncrypt: boolean };
    try {
      decrypted = await safeStorage.decryptStringAsync(encrypted);
    } catch (error) {
      throw new Error(
        `Cannot decrypt the vault ${file}: ${(error as Error).message}. It was made by another user account or keyring; move it away to start an empty vault.`,
      );
    }
    const entries = JSON.parse(decrypted.result) as Record<string, string>;
    if (decrypted.shouldReEncrypt) await write(entries);
    return entries;
  };
  return createStoredVault({ read, write }, () => status);
}
