import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConnectionStore, type NewConnection } from '../../electron/services/connections/connection-store.js';
import { setClientSecret } from '../../electron/services/connections/set-client-secret.js';
import { workspaceConnections } from '../../electron/services/connections/workspace-connections.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import type { SecretVault } from '../../electron/services/vault/secret-vault.js';
import { exportWorkspace, parseWorkspaceExport } from '../../shared/replay/workspace-export.js';
import { tempDirForEachTest } from '../support/temp-dir.js';

const dir = tempDirForEachTest('tokenscope-conn-');
let vault: SecretVault;
beforeEach(() => {
  vault = createMemoryVault();
});

const SECRET = 'web-secret-that-must-stay-in-the-vault';
const tenant = (name: string): NewConnection => ({
  name,
  issuer: 'https://tenant.logto.app/oidc',
  metadata: { issuer: 'https://tenant.logto.app/oidc', token_endpoint: 'https://tenant.logto.app/oidc/token' },
  clients: [
    { clientId: 'web', name: 'web', kind: 'traditional', authMethod: 'client_secret_basic' },
    { clientId: 'spa', name: 'spa', kind: 'spa', authMethod: 'none' },
  ],
});

describe('ConnectionStore: connections belong to a workspace', () => {
  it("lists each workspace's own connections, across a restart", async () => {
    const store = new ConnectionStore(dir(), vault);
    const a = await store.add('ws-a', tenant('A'), { clientId: 'web', secret: SECRET });
    await store.add('ws-b', tenant('B'), { clientId: 'web', secret: 'other' });
    expect(store.list('ws-a').map((c) => c.name)).toEqual(['A']);
    expect(store.list('ws-b').map((c) => c.name)).toEqual(['B']);
    expect(store.list('default')).toEqual([]);
    const reopened = new ConnectionStore(dir(), vault);
    await reopened.ready;
    expect(reopened.list('ws-a').map((c) => c.id)).toEqual([a.id]);
    expect(reopened.summary(reopened.find(a.id)!).clients.map((c) => c.hasSecret)).toEqual([true, false]);
    expect(await readFile(join(dir(), 'connections.json'), 'utf8')).not.toContain(SECRET);
  });

  it('puts a connections.json from before workspaces in the default workspace, losing nothing', async () => {
    const legacy = {
      connections: [
        {
          id: 'conn-old',
          name: 'Old',
          issuer: 'https://old.example.com',
          clients: [{ clientId: 'm2m', name: 'm2m', kind: 'm2m', authMethod: 'client_secret_post' }],
          metadata: { issuer: 'https://old.example.com' },
        },
      ],
    };
    await writeFile(join(dir(), 'connections.json'), JSON.stringify(legacy));
    await vault.set('connection:conn-old:client:m2m', SECRET);
    const store = new ConnectionStore(dir(), vault);
    await store.ready;
    expect(store.notices).toEqual([]);
    expect(store.list('default')).toEqual([{ ...legacy.connections[0], workspaceId: 'default' }]);
    expect(store.secret('conn-old', 'm2m')).toBe(SECRET);
    // Written with its workspace on the next save; the legacy text is the backup.
    await store.add('default', tenant('New'), { clientId: 'web' });
    const saved = JSON.parse(await readFile(join(dir(), 'connections.json'), 'utf8'));
    expect(saved.connections.map((c: { id: string; workspaceId: string }) => c.workspaceId)).toEqual([
      'default',
      'default',
    ]);
    expect(JSON.parse(await readFile(join(dir(), 'connections.json.bak'), 'utf8'))).toEqual(legacy);
  });

  it('restores the backup of a damaged connections.json and says so', async () => {
    const store = new ConnectionStore(dir(), vault);
    await store.add('default', tenant('First'), { clientId: 'web' });
    await store.add('default', tenant('Second'), { clientId: 'web' });
    await writeFile(join(dir(), 'connections.json'), '{"connections":[{"id":');
    const reopened = new ConnectionStore(dir(), vault);
    await reopened.ready;
    expect(reopened.list('default').map((c) => c.name)).toEqual(['First']);
    expect(reopened.notices.join(' ')).toMatch(
      /connections.json was damaged.*Restored the backup: your saved connections are as they were one save before/,
    );
    expect((await readdir(dir())).some((n) => n.startsWith('connections.json.damaged-'))).toBe(true);
  });

  it("removes a workspace's connections and their vault secrets, and no other", async () => {
    const store = new ConnectionStore(dir(), vault);
    const a = await store.add('ws-a', tenant('A'), { clientId: 'web', secret: SECRET });
    const b = await store.add('ws-b', tenant('B'), { clientId: 'web', secret: 'other' });
    await store.removeWorkspace('ws-a');
    expect(store.find(a.id)).toBeUndefined();
    expect(store.secret(a.id, 'web')).toBeUndefined();
    expect(await vault.list()).toEqual([`connection:${b.id}:client:web`]);
    expect(store.list('ws-b')).toHaveLength(1);
  });
});

describe("a workspace's connections exported and imported", () => {
  it('exports no secret even when the vault holds one', async () => {
    const store = new ConnectionStore(dir(), vault);
    await store.add('ws-a', tenant('A'), { clientId: 'web', secret: SECRET });
    const exported = exportWorkspace(
      { id: 'ws-a', name: 'A', createdAt: '2026-01-01T00:00:00.000Z', savedRequests: [] },
      await workspaceConnections(store).exportFor('ws-a'),
      undefined,
    );
    expect(JSON.stringify(exported)).not.toContain(SECRET);
    expect(JSON.stringify(exported)).not.toContain('conn-');
    expect(exported.workspace.connections[0]).toMatchObject({
      name: 'A',
      metadata: { token_endpoint: 'https://tenant.logto.app/oidc/token' },
      clients: [
        { clientId: 'web', authMethod: 'client_secret_basic' },
        { clientId: 'spa', authMethod: 'none' },
      ],
    });
  });

  it('imports as new connections flagged secretMissing; a secret entered reaches the vault only', async () => {
    const store = new ConnectionStore(dir(), vault);
    await store.add('ws-a', tenant('A'), { clientId: 'web', secret: SECRET });
    const parsed = parseWorkspaceExport(
      JSON.stringify(
        exportWorkspace(
          { id: 'ws-a', name: 'A', createdAt: '', savedRequests: [] },
          await workspaceConnections(store).exportFor('ws-a'),
          undefined,
        ),
      ),
    );
    const key = {
      name: 'Keyed',
      issuer: 'http://127.0.0.1:4000/oidc',
      clients: [{ clientId: 'jwt', kind: 'm2m' as const, authMethod: 'private_key_jwt' as const }],
    };
    const remote = { name: 'Plain http elsewhere', issuer: 'http://auth.example.com/oidc', clients: [] };

    const { secretsNeeded, notices } = await workspaceConnections(store).importInto('ws-copy', [
      ...parsed.connections,
      key,
      remote,
    ]);
    expect(notices.join(' ')).toMatch(
      /Skipped the connection "Plain http elsewhere": .*only for a server on this machine/,
    );
    expect(secretsNeeded.map((s) => [s.connectionName, s.clientId, s.authMethod])).toEqual([
      ['A', 'web', 'client_secret_basic'],
      ['Keyed', 'jwt', 'private_key_jwt'],
    ]);
    const [copy, keyed] = store.list('ws-copy');
    expect(copy!.id).not.toBe(store.list('ws-a')[0]!.id);
    expect(store.summary(copy!).clients).toMatchObject([
      { clientId: 'web', hasSecret: false, secretMissing: true },
      { clientId: 'spa', hasSecret: false },
    ]);

    await expect(
      setClientSecret(store, { workspaceId: 'ws-a', connectionId: copy!.id, clientId: 'web', secret: 'x' }),
    ).rejects.toThrow(/no connection .* in this workspace/);
    await expect(setClientSecret(store, { connectionId: copy!.id, clientId: 'spa', secret: 'x' })).rejects.toThrow(
      /public client/,
    );
    await expect(setClientSecret(store, { connectionId: copy!.id, clientId: 'web', secret: '' })).rejects.toThrow(
      /Enter the client secret of web/,
    );
    await setClientSecret(store, {
      workspaceId: 'ws-copy',
      connectionId: copy!.id,
      clientId: 'web',
      secret: 'entered-after-import',
    });
    expect(store.summary(store.find(copy!.id)!).clients[0]).toMatchObject({ hasSecret: true });
    expect(store.summary(store.find(copy!.id)!).clients[0]).not.toHaveProperty('secretMissing');
    expect(await vault.get(`connection:${copy!.id}:client:web`)).toBe('entered-after-import');

    await expect(
      setClientSecret(store, { connectionId: keyed!.id, clientId: 'jwt', secret: '{"kty":"EC"}' }),
    ).rejects.toThrow(/no private part/);
    const withKey = await setClientSecret(store, { connectionId: keyed!.id, clientId: 'jwt', secret: '' });
    expect(withKey.clients[0]!.publicJwk).toMatchObject({ kty: 'EC', alg: 'ES256', use: 'sig' });
    const privateJwk = JSON.parse(store.secret(keyed!.id, 'jwt')!);
    expect(privateJwk.d).toBeTruthy();
    const file = await readFile(join(dir(), 'connections.json'), 'utf8');
    for (const secret of ['entered-after-import', SECRET, privateJwk.d]) expect(file).not.toContain(secret);
  });
});
