import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, deriveKey } from '../../electron/services/vault/passphrase-crypto.js';
import { createPassphraseFileVault } from '../../electron/services/vault/passphrase-file-vault.js';
import { VaultLockedError } from '../../electron/services/vault/secret-vault.js';
import { tempDirForEachTest } from '../support/temp-dir.js';

// Low scrypt cost keeps the tests fast; files keep whatever cost they were created with.
const cost = { N: 2 ** 10, r: 8, p: 1 };
const SECRET = 'client-secret-9f8e7d6c5b4a';
const dir = tempDirForEachTest('tokenscope-vault-');
let file: string;
beforeEach(() => {
  file = join(dir(), 'vault.json');
});

const open = (passphrase = 'correct horse battery staple') => createPassphraseFileVault({ file, passphrase, cost });

describe('the passphrase file vault', () => {
  it('keeps secrets across restarts', async () => {
    const vault = open();
    await vault.set('sandbox/m2m-app/client_secret', SECRET);
    await vault.set(
      'logto/private_key',
      '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI…\n-----END PRIVATE KEY-----',
    );
    const reopened = open();
    expect(await reopened.get('sandbox/m2m-app/client_secret')).toBe(SECRET);
    expect(await reopened.list()).toEqual(['logto/private_key', 'sandbox/m2m-app/client_secret']);
    expect(await reopened.delete('logto/private_key')).toBe(true);
    expect(await open().list()).toEqual(['sandbox/m2m-app/client_secret']);
    expect(reopened.status()).toEqual({ backend: 'passphrase-file', persistent: true });
  });

  it('never writes a secret or its name in plain text', async () => {
    const vault = open();
    await vault.set('sandbox/m2m-app/client_secret', SECRET);
    const raw = await readFile(file, 'utf8');
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain('client_secret');
    expect(raw).not.toContain(Buffer.from(SECRET).toString('base64'));
    expect(JSON.parse(raw)).toMatchObject({
      format: 'tokenscope-vault',
      version: 1,
      cipher: 'aes-256-gcm',
      kdf: { name: 'scrypt', N: cost.N },
    });
  });

  it('uses a fresh IV for every write', async () => {
    const vault = open();
    await vault.set('a', SECRET);
    const first = JSON.parse(await readFile(file, 'utf8')) as { iv: string };
    await vault.set('a', SECRET);
    const second = JSON.parse(await readFile(file, 'utf8')) as { iv: string };
    expect(second.iv).not.toBe(first.iv);
  });

  it('refuses a wrong passphrase, and says what to check', async () => {
    await open().set('a', SECRET);
    const wrong = open('Tr0ub4dor&3');
    await expect(wrong.get('a')).rejects.toBeInstanceOf(VaultLockedError);
    await expect(wrong.get('a')).rejects.toThrow(/passphrase in TOKENSCOPE_VAULT_PASSPHRASE does not open it/);
  });

  it('detects tampering, including weakened key settings', async () => {
    await open().set('a', SECRET);
    const stored = JSON.parse(await readFile(file, 'utf8')) as { kdf: { N: number }; data: string };
    await writeFile(file, JSON.stringify({ ...stored, kdf: { ...stored.kdf, N: 2 ** 4 } }));
    await expect(open().get('a')).rejects.toBeInstanceOf(VaultLockedError);
    const data = Buffer.from(stored.data, 'base64');
    data[0] = (data[0] ?? 0) ^ 1;
    await writeFile(file, JSON.stringify({ ...stored, data: data.toString('base64') }));
    await expect(open().get('a')).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('refuses key settings that would exhaust memory', async () => {
    await open().set('a', SECRET);
    const stored = JSON.parse(await readFile(file, 'utf8')) as { kdf: Record<string, unknown> };
    await writeFile(file, JSON.stringify({ ...stored, kdf: { ...stored.kdf, N: 2 ** 30 } }));
    await expect(open().get('a')).rejects.toThrow(/out of range/);
  });

  it('explains a file that is not a vault', async () => {
    await writeFile(file, '{"hello":"world"}');
    await expect(open().get('a')).rejects.toThrow(/not a vault this version of Tokenscope can read/);
  });

  it('writes atomically: no temporary file left, owner-only permissions', async () => {
    const vault = open();
    await Promise.all([vault.set('a', '1'), vault.set('b', '2'), vault.set('c', '3')]);
    expect(await readdir(dir())).toEqual(['vault.json']);
    expect(await open().list()).toEqual(['a', 'b', 'c']);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('checks names and values', async () => {
    const vault = open();
    await expect(vault.set('', 'x')).rejects.toThrow(/non-empty string/);
    await expect(vault.set('a', 42 as unknown as string)).rejects.toThrow(/must be a string/);
    expect(() => createPassphraseFileVault({ file, passphrase: '' })).toThrow(/non-empty passphrase/);
  });

  it("derives a key at the default cost within Node's memory limits", async () => {
    const key = await deriveKey('pw', Buffer.alloc(16), DEFAULT_SCRYPT_COST);
    expect(key).toHaveLength(32);
  });
});
