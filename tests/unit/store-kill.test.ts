// kill -9 during each kind of write, the store checked after the restart: nothing acknowledged is lost, the files
// read, and where something not yet acknowledged could be missing, the user is told. A few kills each, for every run.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../electron/services/connections/connection-store.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { createPassphraseFileVault } from '../../electron/services/vault/passphrase-file-vault.js';
import { WorkspaceStore } from '../../electron/services/workspaces/workspace-store.js';
import { PROJECT_DIR } from '../support/build.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-kill-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Mode = 'history' | 'history-pending' | 'workspaces' | 'connections' | 'vault';

/**
 * Runs the writer until it acknowledged `atLeast` more writes, waits `delayMs` for it to be mid-write, then
 * SIGKILLs it. Resolves to every key it acknowledged.
 */
async function killWriter(mode: Mode, atLeast: number, delayMs: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/store-kill-writer.ts', mode, dir], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged: string[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const reached = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
      if (acknowledged.length >= atLeast) resolve();
    });
    void exited.then(() => reject(new Error(`writer exited early: ${stderr}`)));
  });
  await reached;
  await new Promise((r) => setTimeout(r, delayMs));
  child.kill('SIGKILL');
  await exited;
  // What the pipe still held was acknowledged before the kill too.
  for (const line of buffered.split('\n')) if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
  return acknowledged;
}

const KILL_DELAYS_MS = [3, 17, 41];

async function noTemporaries(folder: string) {
  expect((await readdir(folder)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe('kill -9 while writing, then a restart', () => {
  it('history: every call answered is in the history after the restart', { timeout: 90_000 }, async () => {
    for (const [round, delay] of KILL_DELAYS_MS.entries()) {
      const acknowledged = await killWriter('history', 20, delay);
      const store = await WorkspaceStore.open(join(dir, 'workspaces'));
      const missing = acknowledged.filter((id) => !store.historyEntry(id));
      expect(missing, `round ${round}: answered, then lost`).toEqual([]);
      // The only words allowed: a line cut off mid-append, or calls that were never answered.
      for (const notice of store.notices) expect(notice).toMatch(/cut off|may be missing/);
      await store.close();
    }
  });

  it(
    'history: calls not yet written when the process died are announced at the next start, once',
    { timeout: 30_000 },
    async () => {
      const store = await WorkspaceStore.open(join(dir, 'workspaces'));
      await store.close();
      await killWriter('history-pending', 0, 0).catch(() => undefined);
      const reopened = await WorkspaceStore.open(join(dir, 'workspaces'));
      expect(reopened.notices.join(' ')).toMatch(
        /History of "Default": the last run ended while history was being written; up to 2 calls from .+ may be missing/,
      );
      await reopened.close();
      const third = await WorkspaceStore.open(join(dir, 'workspaces'));
      expect(third.notices).toEqual([]);
      await third.close();
    },
  );

  it(
    'workspaces.json: every saved request acknowledged is there, the file reads without repair',
    { timeout: 90_000 },
    async () => {
      for (const [round, delay] of KILL_DELAYS_MS.entries()) {
        const acknowledged = await killWriter('workspaces', 5, delay);
        const store = await WorkspaceStore.open(join(dir, 'workspaces'));
        const names = new Set(store.workspace().savedRequests.map((r) => r.name));
        expect(
          acknowledged.filter((n) => !names.has(n)),
          `round ${round}`,
        ).toEqual([]);
        expect(store.notices, `round ${round}`).toEqual([]);
        await store.close();
        await noTemporaries(join(dir, 'workspaces'));
      }
    },
  );

  it(
    'connections.json: every connection acknowledged is there, the file reads without repair',
    { timeout: 90_000 },
    async () => {
      for (const [round, delay] of KILL_DELAYS_MS.entries()) {
        const acknowledged = await killWriter('connections', 5, delay);
        const store = new ConnectionStore(dir, createMemoryVault());
        await store.ready;
        const names = new Set(store.list('default').map((c) => c.name));
        expect(
          acknowledged.filter((n) => !names.has(n)),
          `round ${round}`,
        ).toEqual([]);
        expect(store.notices, `round ${round}`).toEqual([]);
        await noTemporaries(dir);
      }
    },
  );

  it(
    'the vault: every secret acknowledged opens with the passphrase after the restart',
    { timeout: 90_000 },
    async () => {
      for (const [round, delay] of KILL_DELAYS_MS.entries()) {
        const acknowledged = await killWriter('vault', 5, delay);
        const vault = createPassphraseFileVault({
          file: join(dir, 'vault.json'),
          passphrase: 'kill test passphrase',
          cost: { N: 2 ** 10, r: 8, p: 1 },
        });
        const names = new Set(await vault.list());
        expect(
          acknowledged.filter((n) => !names.has(n)),
          `round ${round}`,
        ).toEqual([]);
        expect(await vault.get(acknowledged.at(-1)!)).toMatch(/^value \d+ s+$/);
        expect(vault.status().problem, `round ${round}`).toBeUndefined();
      }
    },
  );
});
