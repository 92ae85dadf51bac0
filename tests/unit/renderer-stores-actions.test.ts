import { describe, expect, it } from 'vitest';
import type { ScopeDiff } from '../../shared/inspect/scope-diff.js';
import { createAppStores } from '../../renderer/src/stores/app-stores.js';
import { fakeApi, fakeEvents, settle } from './renderer-stores-fakes.js';

async function setUp(answers: Record<string, unknown>) {
  const fake = fakeApi({ listWorkspaces: { workspaces: [], notices: [] }, ...answers });
  const stores = await createAppStores({ api: fake.api, subscribe: fakeEvents().subscribe, openUrl: () => undefined });
  return { ...fake, stores };
}

const analysis = { kind: 'access_token' };
const runScopes = { rows: [{ scope: 'read:a' }] } as unknown as ScopeDiff;

describe("inspector store: a run's token is checked once", () => {
  it("from a run, with its scope table: inspectToken only, the table is the run's", async () => {
    const { stores, named } = await setUp({ inspectToken: analysis });
    const request = { resources: ['https://api'], scopes: ['read:a'] };
    await stores.inspector.getState().inspectFromFlow('t.o.k', 'http://issuer', 'https://api', request, runScopes);
    expect(named('inspectToken')).toHaveLength(1);
    expect(named('explainScopes')).toEqual([]);
    expect(stores.inspector.getState().scopes).toBe(runScopes);
  });

  it('a pasted token is explained as before: inspectToken, then explainScopes when a request is known', async () => {
    const { stores, named } = await setUp({ inspectToken: analysis, explainScopes: runScopes });
    await stores.inspector.getState().inspectFromFlow('t.o.k', 'http://issuer', 'https://api', undefined, runScopes);
    stores.inspector.getState().edit({ requiredScopes: 'read:a', expectedAudience: 'https://api' });
    await stores.inspector.getState().paste('other.to.ken');
    expect(named('explainScopes').map((c) => (c.argument as { token: string }).token)).toEqual(['other.to.ken']);
  });
});

describe("connections store: the forms' calls are its actions", () => {
  const list = [
    { id: 'sandbox', clients: [] },
    { id: 'c2', clients: [] },
  ];

  it('add: saved, listed again, and shown', async () => {
    const { stores, named } = await setUp({ addConnection: { id: 'c2' }, listConnections: list, getAppInfo: {} });
    await stores.connections
      .getState()
      .add({ issuer: 'https://x', client: { clientId: 'a', kind: 'm2m', authMethod: 'none' } });
    expect(named('addConnection')).toHaveLength(1);
    expect(stores.connections.getState().selectedId).toBe('c2');
  });

  it('a refusal reaches the form that asked, and nothing is listed', async () => {
    const { stores, named } = await setUp({ addConnection: () => Promise.reject(new Error('no discovery document')) });
    await expect(stores.connections.getState().add({ issuer: 'https://x' } as never)).rejects.toThrow(
      'no discovery document',
    );
    expect(named('listConnections')).toEqual([]);
  });

  it('remove: the sandbox is shown instead', async () => {
    const { stores } = await setUp({ removeConnection: undefined, listConnections: list, getAppInfo: {} });
    stores.connections.getState().select('c2');
    await stores.connections.getState().remove('c2');
    expect(stores.connections.getState().selectedId).toBe('sandbox');
  });
});

describe('stores that hand over to another, through the wiring', () => {
  it('a replay sent shows at the top of the history at once', async () => {
    const entry = {
      id: 'h1',
      at: 'now',
      request: { method: 'GET', url: 'https://api/x', headers: [] },
      response: { status: 200 },
    };
    const { stores, named } = await setUp({ sendApiRequest: { entry } });
    stores.replay.getState().edit({ url: 'https://api/x' });
    await stores.replay.getState().send();
    expect(named('sendApiRequest').map((c) => (c.argument as { workspaceId: string }).workspaceId)).toEqual([
      'default',
    ]);
    expect(stores.workspaces.getState().history.map((h) => h.id)).toEqual(['h1']);
  });

  it('client credentials run through the flows store, which lists the run', async () => {
    const { stores, named } = await setUp({
      runClientCredentials: { ok: false, runId: 'r1' },
      listRuns: [{ id: 'r1' }],
    });
    await stores.clientCredentials.getState().run('sandbox', 'm2m', []);
    await settle();
    expect(named('runClientCredentials')).toHaveLength(1);
    expect(stores.flows.getState().selected).toBe('r1');
    expect(stores.clientCredentials.getState().result).toMatchObject({ runId: 'r1' });
  });
});
