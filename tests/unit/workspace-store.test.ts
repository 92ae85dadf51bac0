import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../electron/services/workspaces/workspace-store.js';
import type { HistoryEntry } from '../../shared/replay/types.js';
import { PROJECT_DIR } from '../support/build.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-ws-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SECRET = 'eyJhbGciOiJFUzM4NCJ9.secret-token-payload.signature';

function entry(i: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: `e${i}`,
    workspaceId: 'default',
    at: new Date(1_700_000_000_000 + i).toISOString(),
    request: {
      method: i % 2 ? 'DELETE' : 'GET',
      url: `http://127.0.0.1/api/products/${i}`,
      headers: [{ name: 'Authorization', value: `Bearer ${SECRET}` }],
    },
    token: { ref: 'tok-1', masked: 'eyJh…' },
    response: {
      status: i % 2 ? 403 : 200,
      statusText: '',
      headers: [],
      body: '{}',
      bodyTruncated: false,
      durationMs: 1,
      sizeBytes: 2,
      challenges: [],
      explanations: [],
      challengeProblems: [],
    },
    ...extra,
  };
}

/** Runs the writer child until it acknowledged at least `atLeast` saves, then SIGKILLs it mid-loop. */
async function killWriterAfter(atLeast: number, extraDelayMs: number): Promise<{ saved: number; history: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/workspace-kill-writer.ts', dir], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let acknowledged = 0;
  let history = 0;
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      for (const m of chunk.toString().matchAll(/saved (\d+) history (\d+)/g)) {
        acknowledged = Math.max(acknowledged, Number(m[1]));
        history = Math.max(history, Number(m[2]));
      }
      if (acknowledged >= atLeast) resolve();
    });
    child.once('exit', (code) => reject(new Error(`writer exited ${code} early: ${stderr}`)));
  });
  await new Promise((r) => setTimeout(r, extraDelayMs));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  return { saved: acknowledged, history };
}

describe('WorkspaceStore', () => {
  it(
    'keeps everything acknowledged before a process is killed in the middle of writing',
    { timeout: 60_000 },
    async () => {
      let acknowledged = 0;
      for (const [round, delay] of [3, 17, 41].entries()) {
        const before = await killWriterAfter(acknowledged + 5, delay);
        const store = await WorkspaceStore.open(dir);
        const saved = store.workspace().savedRequests.length;
        expect(saved, `round ${round}`).toBeGreaterThanOrEqual(before.saved);
        expect(store.listHistory({}).total, `round ${round}`).toBeGreaterThanOrEqual(before.history);
        // Only a cut-off last history line may need a word; workspaces.json is never damaged by a kill.
        for (const notice of store.notices) expect(notice).toMatch(/cut off/);
        await store.close();
        acknowledged = saved;
      }
      const files = await readdir(dir);
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      const history = await readFile(join(dir, 'history', 'default.jsonl'), 'utf8');
      expect(history).not.toContain('secret-token-value');
    },
  );

  it('restores the backup when workspaces.json is corrupted, and says so', async () => {
    const store = await WorkspaceStore.open(dir);
    await store.saveRequest('default', 'first', { method: 'GET', url: 'http://127.0.0.1/a', headers: [] });
    await store.saveRequest('default', 'second', { method: 'GET', url: 'http://127.0.0.1/b', headers: [] });
    await store.close();
    await writeFile(join(dir, 'workspaces.json'), '{"version":1,"workspaces":[{"id":"default","na');

    const reopened = await WorkspaceStore.open(dir);
    expect(reopened.workspace().savedRequests.map((r) => r.name)).toEqual(['first']);
    expect(reopened.notices.join('\n')).toMatch(
      /workspaces.json was damaged: it is not valid JSON.*\n.*Restored the backup/,
    );
    expect((await readdir(dir)).some((f) => f.startsWith('workspaces.json.damaged-'))).toBe(true);
    await reopened.close();
    // The restored file is good again: the next start has nothing to say.
    const third = await WorkspaceStore.open(dir);
    expect(third.notices).toEqual([]);
    expect(third.workspace().savedRequests).toHaveLength(1);
  });

  it('starts empty, and says so, when the file and its backup are both unusable', async () => {
    await writeFile(join(dir, 'workspaces.json'), '{"version":2}');
    await writeFile(join(dir, 'workspaces.json.bak'), 'garbage');
    const store = await WorkspaceStore.open(dir);
    expect(store.notices.join(' ')).toMatch(/not a Tokenscope workspaces file.*backup .* is damaged too/);
    expect(store.workspace().savedRequests).toEqual([]);
  });

  it('drops damaged and cut-off history lines, keeps the rest, and compacts the log', async () => {
    const store = await WorkspaceStore.open(dir);
    for (let i = 0; i < 5; i += 1) await store.recordHistory(entry(i)).written;
    await store.close();
    const file = join(dir, 'history', 'default.jsonl');
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[2] = '{not json';
    await writeFile(file, lines.join('\n'));
    await appendFile(file, '{"id":"cut","at":"2');
    const reopened = await WorkspaceStore.open(dir);
    expect(reopened.listHistory({}).entries.map((e) => e.id)).toEqual(['e4', 'e3', 'e1', 'e0']);
    expect(reopened.notices.join(' ')).toMatch(/cut off.*1 damaged history line was dropped/s);
    expect((await readFile(file, 'utf8')).split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('knows its workspaces before their histories are parsed, which load behind historiesLoaded', async () => {
    const store = await WorkspaceStore.open(dir);
    for (let i = 0; i < 3; i += 1) await store.recordHistory(entry(i)).written;
    await store.close();
    const reopened = await WorkspaceStore.openDocument(dir);
    expect(reopened.workspace('default').id).toBe('default');
    await reopened.historiesLoaded;
    expect(reopened.listHistory({}).entries.map((e) => e.id)).toEqual(['e2', 'e1', 'e0']);
    await reopened.close();
  });

  it('never writes a token or Authorization header to history, and searches 10,000 entries', async () => {
    const store = await WorkspaceStore.open(dir);
    for (let i = 0; i < 10_000; i += 1) void store.recordHistory(entry(i)).written;
    await store.recordHistory(entry(10_000)).written;
    // How fast is the history benchmark's business (npm run bench replay-history), not a timed assertion here.
    const page = store.listHistory({ query: 'status:403 products', offset: 10, limit: 50 });
    expect(page.total).toBe(5000);
    expect(page.entries).toHaveLength(50);
    expect(page.entries[0]!.id).toBe(`e${9999 - 20}`);
    await store.close();
    const text = await readFile(join(dir, 'history', 'default.jsonl'), 'utf8');
    expect(text).not.toContain(SECRET);
    const reopened = await WorkspaceStore.open(dir);
    expect(reopened.listHistory({ limit: 1 }).total).toBe(10_001);
    expect(reopened.historyEntry('e7')!.request.headers[0]!.value).toMatch(/^Bearer eyJh…/);
  });

  it('exports without secrets and reads the connections of an import back, secrets dropped', async () => {
    const store = await WorkspaceStore.open(dir);
    const connections = [
      {
        id: 'c1',
        workspaceId: 'default',
        name: 'Tenant',
        issuer: 'https://t.logto.app/oidc',
        metadata: { issuer: 'https://t.logto.app/oidc' },
        clients: [
          { clientId: 'web', name: 'web', kind: 'traditional' as const, authMethod: 'client_secret_basic' as const },
          { clientId: 'spa', name: 'spa', kind: 'spa' as const, authMethod: 'none' as const, publicJwk: { kty: 'EC' } },
        ],
      },
    ];
    await store.saveRequest('default', 'list', {
      method: 'GET',
      url: 'http://127.0.0.1/api/products',
      headers: [
        { name: 'Authorization', value: `Bearer ${SECRET}` },
        { name: 'accept', value: 'application/json' },
      ],
    });
    await store.recordHistory(entry(1)).written;
    const exported = JSON.stringify(store.export('default', true, connections));
    expect(exported).not.toContain(SECRET);
    expect(exported).not.toMatch(/authorization/i);
    expect(exported).not.toContain('tok-1');
    // Copied field by field: ids and a client's key stay behind.
    expect(JSON.parse(exported).workspace.connections).toEqual([
      {
        name: 'Tenant',
        issuer: 'https://t.logto.app/oidc',
        metadata: { issuer: 'https://t.logto.app/oidc' },
        clients: [
          { clientId: 'web', name: 'web', kind: 'traditional', authMethod: 'client_secret_basic' },
          { clientId: 'spa', name: 'spa', kind: 'spa', authMethod: 'none' },
        ],
      },
    ]);

    // A hand-edited file with a secret in it: the secret is dropped, and the client counts as needing one.
    const edited = JSON.parse(exported);
    edited.workspace.connections[0].clients[1] = { clientId: 'spa', clientSecret: 'hand-added-secret' };
    const result = await store.import(JSON.stringify(edited));
    expect(result.workspace.name).toBe('Default (2)');
    expect(result.importedHistory).toBe(1);
    expect(result.connections[0]!.clients.map((c) => [c.clientId, c.authMethod])).toEqual([
      ['web', 'client_secret_basic'],
      ['spa', 'client_secret_basic'],
    ]);
    expect(result.notices.join(' ')).toMatch(/Dropped client secrets/);
    expect(JSON.stringify(result)).not.toContain('hand-added-secret');
    expect(JSON.stringify(store.list())).not.toContain('hand-added-secret');
    expect(store.listHistory({ workspaceId: result.workspace.id }).entries[0]!.status).toBe(403);
    await expect(store.import('{"format":"other"}')).rejects.toThrow(/not a Tokenscope workspace export/);
    await expect(store.import('nope')).rejects.toThrow(/not JSON/);
  });

  it('reads a workspaces file from before connections left it', async () => {
    const legacy = {
      version: 1,
      workspaces: [
        { id: 'default', name: 'Default', createdAt: '2026-01-01T00:00:00.000Z', connections: [], savedRequests: [] },
      ],
    };
    await writeFile(join(dir, 'workspaces.json'), JSON.stringify(legacy));
    const store = await WorkspaceStore.open(dir);
    expect(store.notices).toEqual([]);
    expect(store.list().workspaces.map((w) => w.name)).toEqual(['Default']);
  });
});

import { HistoryLog } from '../../electron/services/workspaces/history-log.js';

describe('HistoryLog', () => {
  it('compacts to the newest entries once the log passes its cap, and keeps appending after', async () => {
    const file = join(dir, 'h.jsonl');
    const log = new HistoryLog(file, 10);
    const memory: HistoryEntry[] = [];
    const compact = () => memory.slice(-10);
    for (let i = 0; i < 30; i += 1) {
      const e = entry(i);
      memory.push(e);
      await log.append(e, compact);
    }
    await log.close();
    const ids = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    // Compacted to 10 when it passed 12.5 lines, then appended to again: never more than 1.25x the cap.
    expect(ids.length).toBeLessThanOrEqual(12);
    expect(ids.at(-1)).toBe('e29');
    const reloaded = await new HistoryLog(file, 10).load();
    expect(reloaded.entries.map((e) => e.id)).toEqual(ids.slice(-10));
    expect(reloaded.notices).toEqual([]);
  });
});

describe('WorkspaceStore workspaces', () => {
  it('creates, keeps apart and removes workspaces; the default one stays', async () => {
    const store = await WorkspaceStore.open(dir);
    const other = await store.create('Tenant A');
    await store.recordHistory({ ...entry(1), workspaceId: other.id }).written;
    expect(store.listHistory({ workspaceId: other.id }).total).toBe(1);
    expect(store.listHistory({}).total).toBe(0);
    await store.close();
    const reopened = await WorkspaceStore.open(dir);
    expect(reopened.list().workspaces.map((w) => [w.name, w.historyCount])).toEqual([
      ['Default', 0],
      ['Tenant A', 1],
    ]);
    await reopened.remove(other.id);
    await expect(reopened.remove('default')).rejects.toThrow(/cannot be removed/);
    expect(await readdir(join(dir, 'history'))).toEqual([]);
    expect(() => reopened.workspace(other.id)).toThrow(/no workspace/);
  });

  it('a workspace removed in the session it was written in leaves no file behind (its log, its pending marker)', async () => {
    const store = await WorkspaceStore.open(dir);
    const other = await store.create('Tenant B');
    await store.recordHistory({ ...entry(1), workspaceId: other.id }).written;
    await store.remove(other.id);
    expect(await readdir(join(dir, 'history'))).toEqual([]);
    await store.close();
  });
});
