import { join } from 'node:path';
import { createMemoryVault } from './memory-vault.js';
import { createPassphraseFileVault, VAULT_PASSPHRASE_ENV } from './passphrase-file-vault.js';
import type { SecretVault } from './secret-vault.js';
import type { ScryptCost } from './passphrase-crypto.js';

export const VAULT_FILE = 'vault.json';
export { VAULT_PASSPHRASE_ENV };

/**
 * The vault outside Electron (browser host, CLI): an encrypted file in the data folder when the user gives a
 * passphrase, memory only otherwise. There is no OS keyring to ask from plain Node without a native module.
 */
export function openNodeVault(options: { dataDir: string; passphrase?: string; cost?: ScryptCost }): SecretVault {
  if (!options.passphrase) return createMemoryVault();
  return createPassphraseFileVault({
    file: join(options.dataDir, VAULT_FILE),
    passphrase: options.passphrase,
    cost: options.cost,
  });
}

export function vaultPassphraseFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[VAULT_PASSPHRASE_ENV] || undefined;
}
