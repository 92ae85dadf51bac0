import type { SecretVault } from './secret-vault.js';
import { createStoredVault } from './stored-vault.js';

export const MEMORY_VAULT_WARNING =
  'Secrets are kept in memory only and forgotten when Tokenscope quits. Set TOKENSCOPE_VAULT_PASSPHRASE to keep them in an encrypted file.';

/** The vault when there is nothing to encrypt with: nothing touches the disk. */
export function createMemoryVault(warning = MEMORY_VAULT_WARNING): SecretVault {
  return createStoredVault({ read: async () => ({}), write: async () => undefined }, () => ({
    backend: 'memory',
    persistent: false,
    warning,
  }));
}
