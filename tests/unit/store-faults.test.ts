// A data file the app cannot use (a folder in its place), and notices that arrive after the renderer's first read.
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appApiWithoutSandbox } from '../support/app-api-without-sandbox.js';
import { ConnectionStore } from '../../electron/services/connections/connection-store.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { WorkspaceStore } from '../../electron/services/workspaces/workspace-store.js';
import { savedTenantConnection } from '../support/stored-fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-faults-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const request = { method: 'GET', url: 'http://127.0.0.1/api/products', headers: [] };
const app = () => appApiWithoutSandbox({ dataDir: dir });

describe('a data file replaced by a folder', () => {
  it('workspaces.json: explained (path, what is wrong, what to do); the app keeps working; nothing is written over it', async () => {
    const folder = join(dir, 'workspaces', 'workspaces.json');
    await mkdir(folder, { recursive: true });
    const api = app();
    const list = await api.listWorkspaces();
    expect(list.workspaces.map((w) => w.id)).toEqual(['default']);
    const notice = list.notices.join(' ');
    expect(notice).toContain(folder);
    expect(notice).toMatch(/is a folder, not a file/);
    expect(notice).toMatch(/[Mm]ove it aside.*restart/);
    expect(notice).not.toMatch(/EISDIR/);
    // The other calls answer; the ones that would write say why they cannot.
    expect((await api.listConnections()).map((c) => c.id)).toEqual(['sandbox']);
    expect((await api.listHistory({})).total).toBe(0);
    await expect(api.saveRequest({ workspaceId: 'default', name: 'x', request })).rejects.toThrow(
      /is a folder, not a file.*not saved/s,
    );
    await expect(api.createWorkspace({ name: 'Tenant' })).rejects.toThrow(/is a folder, not a file/);
    expect((await api.listWorkspaces()).workspaces).toHaveLength(1);
    expect((await stat(folder)).isDirectory()).toBe(true);
  });

  it('connections.json: explained; the workspaces and the sandbox still list; adding a connection is refused with the reason', async () => {
    const folder = join(dir, 'connections.json');
    await mkdir(folder);
    const store = new ConnectionStore(dir, createMemoryVault());
    await store.ready;
    expect(store.notices.join(' ')).toMatch(new RegExp(`${folder.replace(/[/\\.]/g, '\\$&')} is a folder, not a file`));
    await expect(
      store.addMany('default', [{ name: 'A', issuer: 'https://a.example.com/oidc', clients: [] }]),
    ).rejects.toThrow(/is a folder, not a file/);
    expect(store.list('default')).toEqual([]);
    expect((await stat(folder)).isDirectory()).toBe(true);
  });

  it('a history log: explained once; calls are still answered, the store and other workspaces keep working', async () => {
    const folder = join(dir, 'workspaces', 'history', 'default.jsonl');
    await mkdir(folder, { recursive: true });
    const store = await WorkspaceStore.open(join(dir, 'workspaces'));
    expect(store.notices.join(' ')).toMatch(/History of "Default":.*default\.jsonl is a folder, not a file/);
    await expect(
      store.recordHistory({ id: 'h1', workspaceId: 'default', at: new Date().toISOString(), request }).written,
    ).rejects.toThrow(/is a folder, not a file/);
    await store.saveRequest('default', 'still saved', request);
    expect(store.workspace().savedRequests).toHaveLength(1);
    await store.close();
  });
});

describe('notices that arrive late', () => {
  it('the first list of workspaces has the repair of connections.json, while the vault is still opening', async () => {
    const saved = {
      connections: [savedTenantConnection()],
    };
    await writeFile(join(dir, 'connections.json.bak'), JSON.stringify(saved));
    await writeFile(join(dir, 'connections.json'), '{"connections": [ {"id": "c1", "iss');
    // A vault that answers when the test says so, as a slow scrypt or a keyring prompt does.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const memory = createMemoryVault();
    const slowVault = { ...memory, get: async (name: string) => (await answered, memory.get(name)) };
    const api = appApiWithoutSandbox({ dataDir: dir, sandbox: { error: 'not started' }, vault: slowVault });
    expect((await api.listWorkspaces()).notices.join(' ')).toMatch(
      /connections\.json was damaged.*Restored the backup/,
    );
    answer();
    expect((await api.listConnections()).map((c) => c.id)).toContain('c1');
  });

  it('the repair of a damaged connections.json reaches the workspace notices, however late, until dismissed', async () => {
    await writeFile(join(dir, 'connections.json'), '{"connections": [ {"id": "c1", "iss');
    const api = app();
    // The first read may come before the connection store has loaded; after the connections are listed it is there.
    await api.listWorkspaces();
    await api.listConnections();
    const { notices } = await api.listWorkspaces();
    expect(notices.join(' ')).toMatch(
      /connections\.json was damaged: it is not valid JSON.*moved to connections\.json\.damaged-/,
    );
    expect((await readdir(dir)).some((f) => f.startsWith('connections.json.damaged-'))).toBe(true);
    // Dismissing what was seen keeps what arrived since.
    await api.dismissWorkspaceNotices({ notices: notices.slice(0, 1) });
    expect((await api.listWorkspaces()).notices).toEqual(notices.slice(1));
    await api.dismissWorkspaceNotices({ notices });
    expect((await api.listWorkspaces()).notices).toEqual([]);
  });
});
