import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryVault, MEMORY_VAULT_WARNING } from '../../electron/services/vault/memory-vault.js';
import {
  openNodeVault,
  VAULT_PASSPHRASE_ENV,
  vaultPassphraseFromEnv,
} from '../../electron/services/vault/open-node-vault.js';

describe('the memory vault', () => {
  it('keeps secrets for this run only, and says so', async () => {
    const vault = createMemoryVault();
    await vault.set('b', '2');
    await vault.set('a', '1');
    expect(await vault.get('a')).toBe('1');
    expect(await vault.list()).toEqual(['a', 'b']);
    expect(await vault.delete('a')).toBe(true);
    expect(await vault.get('a')).toBeUndefined();
    expect(vault.status()).toEqual({ backend: 'memory', persistent: false, warning: MEMORY_VAULT_WARNING });
  });
});

describe('openNodeVault', () => {
  it('uses memory without a passphrase and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tokenscope-vault-'));
    try {
      const vault = openNodeVault({ dataDir: dir });
      await vault.set('a', 'secret');
      expect(vault.status().backend).toBe('memory');
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('uses an encrypted file with a passphrase', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tokenscope-vault-'));
    try {
      const vault = openNodeVault({ dataDir: dir, passphrase: 'pw', cost: { N: 2 ** 10, r: 8, p: 1 } });
      await vault.set('a', 'secret');
      expect(vault.status().backend).toBe('passphrase-file');
      expect(await readdir(dir)).toEqual(['vault.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the passphrase from the environment, treating empty as none', () => {
    expect(vaultPassphraseFromEnv({ [VAULT_PASSPHRASE_ENV]: 'pw' })).toBe('pw');
    expect(vaultPassphraseFromEnv({ [VAULT_PASSPHRASE_ENV]: '' })).toBeUndefined();
    expect(vaultPassphraseFromEnv({})).toBeUndefined();
  });
});
