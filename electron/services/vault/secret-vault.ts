/**
 * Where Tokenscope keeps client secrets, private keys and refresh tokens: never in a workspace file, never in
 * a log. Three implementations: Electron's safeStorage (desktop, in electron/main), a passphrase-encrypted file
 * (browser host and CLI), and memory only (no passphrase given).
 */
export type VaultBackend =
  | 'safe-storage'
  /** safeStorage on Linux without a keyring: encrypted with a password hard-coded in Chromium. */
  | 'safe-storage-basic-text'
  | 'passphrase-file'
  | 'memory';

export interface VaultStatus {
  backend: VaultBackend;
  /** Whether secrets survive a restart. */
  persistent: boolean;
  /** For the UI to show when the protection is weaker than the user would assume. */
  warning?: string;
}

export interface SecretVault {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  /** Resolves to whether there was a secret by that name. */
  delete(name: string): Promise<boolean>;
  /** Names only, sorted; values leave the vault one at a time through `get`. */
  list(): Promise<string[]>;
  status(): VaultStatus;
}

export const MAX_SECRET_NAME_LENGTH = 200;

export function checkSecretName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_SECRET_NAME_LENGTH) {
    throw new TypeError(`A secret's name must be a non-empty string of at most ${MAX_SECRET_NAME_LENGTH} characters.`);
  }
  return name;
}

export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
}
