import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppWithSandbox, type AppWithSandbox } from '../support/app-with-sandbox.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { dispatch } from '../../electron/services/api/dispatch.js';

const PRODUCTS = 'https://products.tokenscope.test';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );
}

// The app's own sandbox, added again by its issuer URL, plays "any server" a workspace connects to.
describe('connections belong to a workspace', () => {
  let app: AppWithSandbox;
  let api: TokenscopeApi;
  let m2mSecret: string;

  beforeAll(async () => {
    app = await startAppWithSandbox('workspace-connections');
    api = app.api;
    m2mSecret = app.sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!.clientSecret!;
  });
  afterAll(() => app?.close());

  const addTo = (workspaceId: string, name: string) =>
    api.addConnection({
      workspaceId,
      name,
      issuer: app.sandbox.issuer,
      client: { clientId: 'tokenscope-m2m', kind: 'm2m', authMethod: 'client_secret_basic', clientSecret: m2mSecret },
    });

  it("lists a workspace's own connections after the sandbox, which every workspace has", async () => {
    const a = await api.createWorkspace({ name: 'Tenant A' });
    const b = await api.createWorkspace({ name: 'Tenant B' });
    const added = await addTo(a.id, 'Staging A');
    expect((await api.listConnections({ workspaceId: a.id })).map((c) => c.id)).toEqual(['sandbox', added.id]);
    expect((await api.listConnections({ workspaceId: b.id })).map((c) => c.id)).toEqual(['sandbox']);
    expect((await api.listConnections()).map((c) => c.id)).toEqual(['sandbox']);
    await expect(addTo('no-such-workspace', 'Lost')).rejects.toThrow(/There is no workspace "no-such-workspace"/);
    await expect(api.listConnections({ workspaceId: 'no-such-workspace' })).rejects.toThrow(/no workspace/);
  });

  it('checks the new arguments at the contract, before a service runs', async () => {
    expect(await dispatch(api, 'listConnections', null)).toMatchObject({ ok: true });
    expect(await dispatch(api, 'listConnections', { workspace: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_argument' },
    });
    expect(await dispatch(api, 'setClientSecret', { connectionId: 'c', clientId: 'k' })).toMatchObject({
      ok: false,
      error: { code: 'bad_argument', message: expect.stringMatching(/secret/) },
    });
  });

  it('exports A without its secret, imports it as a new workspace that asks for the secret, and runs once it is entered', async () => {
    const a = (await api.listWorkspaces()).workspaces.find((w) => w.name === 'Tenant A')!;
    const exported = JSON.stringify(await api.exportWorkspace({ workspaceId: a.id, includeHistory: true }));
    expect(exported).not.toContain(m2mSecret);
    expect(JSON.parse(exported).workspace.connections).toMatchObject([
      {
        name: 'Staging A',
        issuer: app.sandbox.issuer,
        clients: [{ clientId: 'tokenscope-m2m', authMethod: 'client_secret_basic' }],
      },
    ]);

    const imported = await api.importWorkspace({ text: exported });
    expect(imported.workspace.name).toBe('Tenant A (2)');
    const [, copy] = await api.listConnections({ workspaceId: imported.workspace.id });
    expect(imported.secretsNeeded).toEqual([
      {
        connectionId: copy!.id,
        connectionName: 'Staging A',
        clientId: 'tokenscope-m2m',
        authMethod: 'client_secret_basic',
      },
    ]);
    expect(copy!.metadata).toMatchObject({ token_endpoint: expect.stringContaining('/oidc/token') });
    expect(copy!.clients[0]).toMatchObject({ hasSecret: false, secretMissing: true });
    const run = { connectionId: copy!.id, clientId: 'tokenscope-m2m', resources: [PRODUCTS], scope: 'read:products' };
    await expect(api.runClientCredentials(run)).rejects.toThrow(/not in the vault .*Enter secret/);

    await expect(
      api.setClientSecret({ workspaceId: a.id, connectionId: copy!.id, clientId: 'tokenscope-m2m', secret: m2mSecret }),
    ).rejects.toThrow(/in this workspace/);
    const entered = await api.setClientSecret({
      workspaceId: imported.workspace.id,
      connectionId: copy!.id,
      clientId: 'tokenscope-m2m',
      secret: m2mSecret,
    });
    expect(entered.clients[0]).toMatchObject({ hasSecret: true });
    expect(JSON.stringify(entered)).not.toContain(m2mSecret);
    expect((await api.runClientCredentials(run)).ok).toBe(true);
    for (const file of filesUnder(app.dataDir))
      expect(readFileSync(file, 'utf8').includes(m2mSecret), file).toBe(false);
  });

  it('removing a workspace removes its connections and their secrets', async () => {
    const copy = (await api.listWorkspaces()).workspaces.find((w) => w.name === 'Tenant A (2)')!;
    const [, connection] = await api.listConnections({ workspaceId: copy.id });
    await api.deleteWorkspace({ workspaceId: copy.id });
    await expect(
      api.runClientCredentials({ connectionId: connection!.id, clientId: 'tokenscope-m2m', resources: [], scope: '' }),
    ).rejects.toThrow(/no connection/);
    const saved = JSON.parse(readFileSync(join(app.dataDir, 'connections.json'), 'utf8')) as {
      connections: { id: string }[];
    };
    expect(saved.connections.map((c) => c.id)).not.toContain(connection!.id);
    const a = (await api.listWorkspaces()).workspaces.find((w) => w.name === 'Tenant A')!;
    expect(await api.listConnections({ workspaceId: a.id })).toHaveLength(2);
  });
});

describe('connections saved before workspaces owned them', () => {
  it('show in the default workspace, and run', async () => {
    const app = await startAppWithSandbox('legacy-connections');
    try {
      const secret = app.sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!.clientSecret!;
      const legacy = {
        connections: [
          {
            id: 'conn-legacy',
            name: 'Legacy',
            issuer: app.sandbox.issuer,
            clients: [
              { clientId: 'tokenscope-m2m', name: 'tokenscope-m2m', kind: 'm2m', authMethod: 'client_secret_basic' },
            ],
          },
        ],
      };
      writeFileSync(join(app.dataDir, 'connections.json'), JSON.stringify(legacy));
      const vault = createMemoryVault();
      await vault.set('connection:conn-legacy:client:tokenscope-m2m', secret);
      const api = createAppApi({
        shell: 'browser-host',
        version: 'test',
        dataDir: app.dataDir,
        vault,
        sandbox: app.sandbox,
        flows: app.flows,
      });
      const listed = await api.listConnections({ workspaceId: 'default' });
      expect(listed.map((c) => c.id)).toEqual(['sandbox', 'conn-legacy']);
      expect(listed[1]!.clients[0]).toMatchObject({ hasSecret: true });
      expect(
        (
          await api.runClientCredentials({
            connectionId: 'conn-legacy',
            clientId: 'tokenscope-m2m',
            resources: [PRODUCTS],
            scope: 'read:products',
          })
        ).ok,
      ).toBe(true);
      const other = await api.createWorkspace({ name: 'Other' });
      expect((await api.listConnections({ workspaceId: other.id })).map((c) => c.id)).toEqual(['sandbox']);
    } finally {
      await app.close();
    }
  });
});

describe('connections an older version kept inside workspaces.json', () => {
  it("come into the workspace's connection list asking for their secret, and run once it is entered", async () => {
    const app = await startAppWithSandbox('legacy-workspace-connections');
    // A data folder of its own: the app's services already opened theirs, and would move the connections too.
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-legacy-workspaces-'));
    try {
      const secret = app.sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!.clientSecret!;
      const legacy = {
        version: 1,
        workspaces: [
          { id: 'default', name: 'Default', createdAt: '2026-01-01T00:00:00.000Z', savedRequests: [] },
          {
            id: 'ws-old',
            name: 'Old tenant',
            createdAt: '2026-01-01T00:00:00.000Z',
            savedRequests: [],
            connections: [
              {
                id: 'c-old',
                name: 'Sandbox by URL',
                issuer: app.sandbox.issuer,
                clients: [{ clientId: 'tokenscope-m2m', needsSecret: true }],
              },
            ],
          },
        ],
      };
      mkdirSync(join(dataDir, 'workspaces'), { recursive: true });
      writeFileSync(join(dataDir, 'workspaces', 'workspaces.json'), JSON.stringify(legacy));
      const api = createAppApi({
        shell: 'browser-host',
        version: 'test',
        dataDir,
        vault: createMemoryVault(),
        sandbox: app.sandbox,
        flows: app.flows,
      });

      const [, moved, ...rest] = await api.listConnections({ workspaceId: 'ws-old' });
      expect(rest).toEqual([]);
      expect(moved).toMatchObject({
        name: 'Sandbox by URL',
        issuer: app.sandbox.issuer,
        clients: [
          {
            clientId: 'tokenscope-m2m',
            kind: 'm2m',
            authMethod: 'client_secret_basic',
            hasSecret: false,
            secretMissing: true,
          },
        ],
      });
      expect((await api.listConnections({ workspaceId: 'default' })).map((c) => c.id)).toEqual(['sandbox']);
      expect((await api.listWorkspaces()).notices).toContain(
        'Moved 1 connection of workspace "Old tenant" into the connection list; enter their client secrets again (select the connection and choose "Enter secret").',
      );
      const onDisk = JSON.parse(readFileSync(join(dataDir, 'workspaces', 'workspaces.json'), 'utf8')) as {
        workspaces: object[];
      };
      for (const w of onDisk.workspaces) expect(w).not.toHaveProperty('connections');

      await api.setClientSecret({ workspaceId: 'ws-old', connectionId: moved!.id, clientId: 'tokenscope-m2m', secret });
      expect(
        (
          await api.runClientCredentials({
            connectionId: moved!.id,
            clientId: 'tokenscope-m2m',
            resources: [PRODUCTS],
            scope: 'read:products',
          })
        ).ok,
      ).toBe(true);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
