// A vault that cannot be opened is reported (what happened, the file, what to do) and never written over.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { appApiWithoutSandbox } from '../support/app-api-without-sandbox.js';
import { createPassphraseFileVault } from '../../electron/services/vault/passphrase-file-vault.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { savedTenantConnection } from '../support/stored-fixtures.js';
import { tempDirForEachTest } from '../support/temp-dir.js';

const cost = { N: 2 ** 10, r: 8, p: 1 };
const dir = tempDirForEachTest('tokenscope-vault-problem-');
let file: string;
beforeEach(() => {
  file = join(dir(), 'vault.json');
});

const open = (passphrase: string) => createPassphraseFileVault({ file, passphrase, cost });

async function savedVault(): Promise<string> {
  await open('the right one').set('connection:c1:client:web', 'web-secret');
  return readFile(file, 'utf8');
}

describe('a vault that cannot be opened', () => {
  it.each([
    [
      'a wrong passphrase',
      'wrong-passphrase',
      async () => open('not the right one'),
      /passphrase in TOKENSCOPE_VAULT_PASSPHRASE does not open it/,
    ],
    [
      'a file that is not JSON',
      'damaged',
      async () => {
        await writeFile(file, '{"format":"tokenscope-vau');
        return open('the right one');
      },
      /is damaged \(it is not JSON\)/,
    ],
    [
      'a file of another format',
      'damaged',
      async () => {
        await writeFile(file, '{"format":"other"}');
        return open('the right one');
      },
      /is damaged \(.*format other/,
    ],
    [
      'sealed data altered',
      'wrong-passphrase',
      async () => {
        const saved = JSON.parse(await readFile(file, 'utf8')) as { data: string };
        await writeFile(file, JSON.stringify({ ...saved, data: Buffer.from('tampered').toString('base64') }));
        return open('the right one');
      },
      /or the file was changed outside Tokenscope/,
    ],
    [
      'a folder in its place',
      'unreadable',
      async () => {
        await rm(file);
        await mkdir(file);
        return open('the right one');
      },
      /is a folder, not a file/,
    ],
  ])(
    '%s: reported with the file and the fix, every write refused, the file left as it is',
    async (_, kind, openVault, explained) => {
      await savedVault();
      const vault = await openVault();
      const before = await readFile(file, 'utf8').catch(() => 'folder');
      const status = await vault.check();
      expect(status.problem).toMatchObject({ kind, file });
      expect(status.problem!.message).toMatch(explained);
      expect(status.problem!.message).toContain(file);
      expect(status.problem!.message).toMatch(/[Mm]ove .* aside/);
      expect(vault.status().problem).toEqual(status.problem);
      await expect(vault.set('connection:c2:client:web', 'another')).rejects.toThrow(explained);
      await expect(vault.delete('connection:c1:client:web')).rejects.toThrow(explained);
      expect(await readFile(file, 'utf8').catch(() => 'folder')).toBe(before);
    },
  );

  it('starts an empty vault once the user moved the file aside, and the old file stays where they put it', async () => {
    const saved = await savedVault();
    const vault = open('a new passphrase');
    expect((await vault.check()).problem?.kind).toBe('wrong-passphrase');
    await rename(file, `${file}.old`);
    await vault.set('connection:c3:client:web', 'new-secret');
    expect(vault.status().problem).toBeUndefined();
    expect(await open('a new passphrase').get('connection:c3:client:web')).toBe('new-secret');
    expect(await readFile(`${file}.old`, 'utf8')).toBe(saved);
  });

  it('a memory vault and an opened one have no problem to report', async () => {
    expect((await createMemoryVault().check()).problem).toBeUndefined();
    await savedVault();
    expect(await open('the right one').check()).toEqual({ backend: 'passphrase-file', persistent: true });
  });

  it('the app says so: in its info for the UI, when a secret is entered, and when a flow needs one', async () => {
    await savedVault();
    await writeFile(
      join(dir(), 'connections.json'),
      JSON.stringify({
        connections: [savedTenantConnection()],
      }),
    );
    const api = appApiWithoutSandbox({
      dataDir: dir(),
      sandbox: { error: 'not started' },
      vault: open('not the right one'),
    });
    const info = await api.getAppInfo();
    expect(info.vault.problem?.message).toMatch(/does not open it/);
    await expect(api.setClientSecret({ connectionId: 'c1', clientId: 'web', secret: 'x' })).rejects.toThrow(
      /does not open it/,
    );
    await expect(
      api.runClientCredentials({ connectionId: 'c1', clientId: 'web', resources: [], scope: '' }),
    ).rejects.toThrow(/the vault cannot be opened: .*does not open it/s);
  });
});
