/** How the app keeps secrets, so the UI can say when the protection is weaker than the user would assume. */
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
