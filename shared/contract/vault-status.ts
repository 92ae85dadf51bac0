/** How the app keeps secrets, so the UI can say when the protection is weaker than the user would assume. */
export type VaultBackend =
  | 'safe-storage'
  /** safeStorage on Linux without a keyring: encrypted with a password hard-coded in Chromium. */
  | 'safe-storage-basic-text'
  | 'passphrase-file'
  | 'memory';

export type VaultProblemKind =
  /** The key does not open the file: a wrong passphrase (AES-GCM cannot tell that from an altered file). */
  | 'wrong-passphrase'
  /** The file is not a vault this version can read (not JSON, another format, key settings out of range). */
  | 'damaged'
  /** The file cannot be read at all (a folder in its place, no permission) or the OS would not decrypt it. */
  | 'unreadable';

/**
 * A vault file that exists but cannot be opened. Nothing is read from it and nothing is written over it: every
 * write is refused with `message` until the user gives the right passphrase or moves the file aside.
 */
export interface VaultProblem {
  kind: VaultProblemKind;
  /** The vault file, for the user to move aside (absent when the store does not say). */
  file?: string;
  /** What happened and what to do, in full: shown by the UI, printed at start, the reason a write is refused. */
  message: string;
}

export interface VaultStatus {
  backend: VaultBackend;
  /** Whether secrets survive a restart. */
  persistent: boolean;
  /** For the UI to show when the protection is weaker than the user would assume. */
  warning?: string;
  /** Present while the vault file cannot be opened. */
  problem?: VaultProblem;
}
