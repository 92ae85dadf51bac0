import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BASIC_TEXT_WARNING,
  openSafeStorageVault,
  UNAVAILABLE_WARNING,
} from '../../electron/main/safe-storage-vault.js';
import { callsNamed, resetStandIn, safeStorage } from './stand-in/electron.js';

const SECRET = 'client-secret-9f8e7d6c5b4a';
let dir: string;
let file: string;

beforeEach(async () => {
  resetStandIn();
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-safe-storage-'));
  file = join(dir, 'vault.safe-storage');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the safeStorage vault', () => {
  it('keeps secrets across restarts, encrypted by the OS, never in plain text', async () => {
    const vault = await openSafeStorageVault({ safeStorage, file, platform: 'darwin' });
    await vault.set('sandbox/m2m-app/client_secret', SECRET);
    await vault.set('logto/refresh_token', 'rt-123');
    const raw = await readFile(file);
    expect(raw.includes(Buffer.from(SECRET))).toBe(false);
    expect(raw.includes(Buffer.from('client_secret'))).toBe(false);

    const reopened = await openSafeStorageVault({ safeStorage, file, platform: 'darwin' });
    expect(await reopened.get('sandbox/m2m-app/client_secret')).toBe(SECRET);
    expect(await reopened.list()).toEqual(['logto/refresh_token', 'sandbox/m2m-app/client_secret']);
    expect(await reopened.delete('logto/refresh_token')).toBe(true);
    expect(await reopened.delete('logto/refresh_token')).toBe(false);
    expect(await reopened.get('logto/refresh_token')).toBeUndefined();
    expect(reopened.status()).toEqual({ backend: 'safe-storage', persistent: true });
  });

  it('uses the async API only', async () => {
    const vault = await openSafeStorageVault({ safeStorage, file, platform: 'win32' });
    await vault.set('a', 'b');
    expect(callsNamed('safeStorage.encryptStringAsync')).toHaveLength(1);
  });

  it('warns when Linux has no keyring and falls back to basic_text', async () => {
    safeStorage.backend = 'basic_text';
    const vault = await openSafeStorageVault({ safeStorage, file, platform: 'linux' });
    expect(vault.status()).toEqual({
      backend: 'safe-storage-basic-text',
      persistent: true,
      warning: BASIC_TEXT_WARNING,
    });
    expect(BASIC_TEXT_WARNING).toMatch(/keyring/);
  });

  it('does not warn on Linux with a keyring', async () => {
    safeStorage.backend = 'gnome_libsecret';
    const vault = await openSafeStorageVault({ safeStorage, file, platform: 'linux' });
    expect(vault.status().warning).toBeUndefined();
  });

  it('keeps secrets in memory only, and says so, when the OS offers no encryption', async () => {
    safeStorage.asyncAvailable = false;
    const vault = await openSafeStorageVault({ safeStorage, file, platform: 'linux' });
    await vault.set('a', SECRET);
    expect(vault.status()).toEqual({ backend: 'memory', persistent: false, warning: UNAVAILABLE_WARNING });
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('re-encrypts when the OS asks to', async () => {
    const vault = await openSafeStorageVault({ safeStorage, file, platform: 'darwin' });
    await vault.set('a', 'b');
    safeStorage.shouldReEncrypt = true;
    const reopened = await openSafeStorageVault({ safeStorage, file, platform: 'darwin' });
    expect(await reopened.get('a')).toBe('b');
    expect(callsNamed('safeStorage.encryptStringAsync')).toHaveLength(2);
  });

  it('explains a vault it cannot decrypt', async () => {
    await writeFile(file, 'not encrypted by this keyring');
    const vault = await openSafeStorageVault({ safeStorage, file, platform: 'darwin' });
    await expect(vault.get('a')).rejects.toThrow(/Cannot decrypt the vault .*move it away/);
  });
});
