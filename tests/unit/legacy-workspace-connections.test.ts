import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConnectionStore } from '../../electron/services/connections/connection-store.js';
import { moveLegacyConnections } from '../../electron/services/connections/workspace-connections.js';
import { WorkspaceStore } from '../../electron/services/workspaces/workspace-store.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import type { SecretVault } from '../../electron/services/vault/secret-vault.js';
import { tempDirForEachTest } from '../support/temp-dir.js';

const dir = tempDirForEachTest('tokenscope-legacy-');
let vault: SecretVault;
beforeEach(() => {
  vault = createMemoryVault();
});

const workspacesFile = () => join(dir(), 'workspaces', 'workspaces.json');
const TENANT = 'https://tenant.logto.app/oidc';
const STAGING = 'https://staging.logto.app/oidc';

/** workspaces.json as versions before the connection store wrote it: connections inside each workspace. */
const legacyDocument = () => ({
  version: 1,
  workspaces: [
    {
      id: 'default',
      name: 'Default',
      createdAt: '2026-01-01T00:00:00.000Z',
      savedRequests: [],
      connections: [
        {
          id: 'c-old-1',
          name: 'Tenant',
          issuer: TENANT,
          clients: [
            { clientId: 'web', name: 'Web app', needsSecret: true },
            { clientId: 'spa', needsSecret: false },
          ],
        },
      ],
    },
    {
      id: 'ws-b',
      name: 'Tenant B',
      createdAt: '2026-01-02T00:00:00.000Z',
      savedRequests: [
        {
          id: 'r1',
          name: 'products',
          createdAt: '2026-01-02T00:00:00.000Z',
          request: { method: 'GET', url: 'https://api.example.com/products', headers: [] },
        },
      ],
      connections: [
        {
          id: 'c-old-2',
          name: 'Tenant again',
          issuer: `${TENANT}/`,
          clients: [{ clientId: 'm2m', needsSecret: true }],
        },
        { id: 'c-old-3', name: 'Staging', issuer: STAGING, clients: [{ clientId: 'm2m', needsSecret: true }] },
      ],
    },
  ],
});

async function writeLegacy(doc: unknown = legacyDocument()): Promise<void> {
  await mkdir(join(dir(), 'workspaces'), { recursive: true });
  await writeFile(workspacesFile(), JSON.stringify(doc));
}

async function openBoth(): Promise<{ workspaces: WorkspaceStore; connections: ConnectionStore }> {
  const workspaces = await WorkspaceStore.open(join(dir(), 'workspaces'));
  const connections = new ConnectionStore(dir(), vault);
  await moveLegacyConnections(workspaces, connections);
  await connections.ready;
  return { workspaces, connections };
}

describe('connections an older version kept in workspaces.json', () => {
  it('move into the connection store of their workspace, once, asking for secrets; the field leaves the file', async () => {
    await writeLegacy();
    // Workspace B already has a connection to the tenant: the legacy copy of it is left out.
    const existing = new ConnectionStore(dir(), vault);
    await existing.add(
      'ws-b',
      {
        name: 'Tenant (new)',
        issuer: TENANT,
        clients: [{ clientId: 'm2m', name: 'm2m', kind: 'm2m', authMethod: 'client_secret_basic' }],
      },
      { clientId: 'm2m', secret: 's3cret' },
    );

    const { workspaces, connections } = await openBoth();
    const [tenant] = connections.list('default');
    expect(connections.list('default')).toHaveLength(1);
    expect(connections.summary(tenant!)).toMatchObject({
      name: 'Tenant',
      issuer: TENANT,
      clients: [
        { clientId: 'web', name: 'Web app', authMethod: 'client_secret_basic', hasSecret: false, secretMissing: true },
        { clientId: 'spa', name: 'spa', authMethod: 'none', hasSecret: false },
      ],
    });
    expect(connections.summary(tenant!).clients[1]).not.toHaveProperty('secretMissing');
    expect(connections.list('ws-b').map((c) => [c.name, c.issuer])).toEqual([
      ['Tenant (new)', TENANT],
      ['Staging', STAGING],
    ]);
    expect(workspaces.list().notices).toEqual([
      'Moved 1 connection of workspace "Default" into the connection list; enter their client secrets again (select the connection and choose "Enter secret").',
      'Moved 1 connection of workspace "Tenant B" into the connection list; enter their client secrets again (select the connection and choose "Enter secret").',
      '1 older connection of workspace "Tenant B" had an issuer already in its list and was left out.',
    ]);

    const saved = JSON.parse(await readFile(workspacesFile(), 'utf8'));
    for (const w of saved.workspaces) expect(w).not.toHaveProperty('connections');
    // Everything else in the workspace is as it was.
    expect(saved.workspaces[1].savedRequests).toEqual(legacyDocument().workspaces[1]!.savedRequests);
    await workspaces.close();

    const again = await openBoth();
    expect(again.connections.list('default')).toHaveLength(1);
    expect(again.connections.list('ws-b')).toHaveLength(2);
    expect(again.workspaces.list().notices).toEqual([]);
    await again.workspaces.close();
  });

  it('stay in workspaces.json when the connection store cannot save them, and move at the next start', async () => {
    await writeLegacy();
    await writeFile(join(dir(), 'connections.json'), JSON.stringify({ connections: [] }));
    // A directory where the store writes its backup: the save fails, as on a full or read-only disk.
    await mkdir(join(dir(), 'connections.json.bak', 'blocker'), { recursive: true });
    const before = await readFile(workspacesFile(), 'utf8');

    const { workspaces, connections } = await openBoth();
    expect(connections.list('default')).toEqual([]);
    expect(connections.list('ws-b')).toEqual([]);
    expect(workspaces.list().notices).toEqual([
      expect.stringMatching(
        /^The 1 connection of workspace "Default" kept in workspaces.json by an older version could not be moved into the connection list: .+\. They stay there; Tokenscope tries again at the next start\./,
      ),
      expect.stringMatching(/^The 2 connections of workspace "Tenant B" .* could not be moved/),
    ]);
    expect(await readFile(workspacesFile(), 'utf8')).toBe(before);
    // A later save of the workspaces keeps the field too.
    await workspaces.saveRequest('default', 'later', { method: 'GET', url: 'https://api.example.com/x', headers: [] });
    expect(JSON.parse(await readFile(workspacesFile(), 'utf8')).workspaces[0].connections).toEqual(
      legacyDocument().workspaces[0]!.connections,
    );
    await workspaces.close();

    await rm(join(dir(), 'connections.json.bak'), { recursive: true });
    const retried = await openBoth();
    expect(retried.connections.list('default').map((c) => c.name)).toEqual(['Tenant']);
    expect(retried.connections.list('ws-b').map((c) => c.name)).toEqual(['Tenant again', 'Staging']);
    expect(JSON.parse(await readFile(workspacesFile(), 'utf8')).workspaces[0]).not.toHaveProperty('connections');
    await retried.workspaces.close();
  });

  it('keeps an entry that cannot become a connection in the file, and moves the rest', async () => {
    const doc = legacyDocument();
    const plainHttp = {
      id: 'c-old-4',
      name: 'Remote over http',
      issuer: 'http://auth.example.com/oidc',
      clients: [{ clientId: 'm2m', needsSecret: true }],
    };
    doc.workspaces[0]!.connections.push(plainHttp as never);
    await writeLegacy(doc);

    const { workspaces, connections } = await openBoth();
    expect(connections.list('default').map((c) => c.name)).toEqual(['Tenant']);
    expect(workspaces.list().notices).toContainEqual(
      expect.stringMatching(
        /^The older connection "Remote over http": http:\/\/auth.example.com\/oidc is not https\..* It stays in workspaces.json: fix its issuer there, or add the connection again\.$/,
      ),
    );
    const saved = JSON.parse(await readFile(workspacesFile(), 'utf8'));
    expect(saved.workspaces[0].connections).toEqual([plainHttp]);
    expect(saved.workspaces[1]).not.toHaveProperty('connections');
    await workspaces.close();
  });
});
