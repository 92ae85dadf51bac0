import { describe, expect, it } from 'vitest';
import { createAppStores } from '../../renderer/src/stores/app-stores.js';
import { fakeApi, fakeEvents, settle } from './renderer-stores-fakes.js';

const workspaceList = {
  workspaces: [
    { id: 'default', name: 'Default' },
    { id: 'w2', name: 'Two' },
  ],
  notices: [],
};
const connection = (id: string) => ({ id, name: id, clients: [] });

async function setUp() {
  const fake = fakeApi({
    listWorkspaces: workspaceList,
    listConnections: ({ workspaceId }: { workspaceId: string }) => [connection(`c-${workspaceId}`)],
    getAppInfo: { shell: 'web', version: '0' },
    listRuns: [],
    applySandboxWorld: { ok: true, state: { running: true, worldText: 'x' } },
    getSandbox: { running: true, worldText: 'x' },
  });
  const events = fakeEvents();
  const stores = await createAppStores({ api: fake.api, subscribe: events.subscribe, openUrl: () => undefined });
  return { ...fake, events, stores };
}

describe('app stores: one place wires what a store hears of', () => {
  it("a workspace switch lists that workspace's connections and runs", async () => {
    const { stores, named } = await setUp();
    await stores.workspaces.getState().load();
    stores.workspaces.getState().select('w2');
    await settle();
    expect(named('listConnections').map((c) => c.argument)).toEqual([{ workspaceId: 'w2' }]);
    expect(named('listRuns').map((c) => c.argument)).toEqual([{ workspaceId: 'w2' }]);
    expect(stores.connections.getState()).toMatchObject({ workspaceId: 'w2', selectedId: 'c-w2' });
  });

  it('selecting the workspace already shown reloads nothing', async () => {
    const { stores, named } = await setUp();
    stores.workspaces.getState().select('default');
    await settle();
    expect(named('listConnections')).toEqual([]);
  });

  it('a world applied anywhere reloads the connections; applying here does not call for it itself', async () => {
    const { stores, events, named } = await setUp();
    stores.sandbox.getState().edit('apiResources: []');
    await stores.sandbox.getState().apply();
    expect(named('listConnections')).toEqual([]);
    events.push({ type: 'world-applied' });
    await settle();
    expect(named('listConnections')).toHaveLength(1);
  });

  it('a world changed elsewhere (a Management API write) shows in the Sandbox view, keeping an edit in progress', async () => {
    let worldText = 'resources: []';
    const fake = fakeApi({
      listConnections: [],
      listWorkspaces: workspaceList,
      getSandbox: () => ({ running: true, worldText }),
    });
    const events = fakeEvents();
    const { sandbox } = await createAppStores({ api: fake.api, subscribe: events.subscribe, openUrl: () => undefined });
    await sandbox.getState().load();
    worldText = 'resources: [] # written through the API';
    events.push({ type: 'world-applied' });
    await settle();
    expect(sandbox.getState()).toMatchObject({ draft: worldText, state: { worldText } });
    sandbox.getState().edit('my edit');
    worldText = 'resources: [] # again';
    events.push({ type: 'world-applied' });
    await settle();
    expect(sandbox.getState()).toMatchObject({ draft: 'my edit', state: { worldText } });
  });

  it("a call recorded anywhere updates that workspace's call count in the selector, without a reload", async () => {
    const { stores, events, named } = await setUp();
    await stores.workspaces.getState().load();
    events.push({ type: 'history-changed', workspaceId: 'w2', historyCount: 3 });
    await settle();
    expect(stores.workspaces.getState().workspaces).toMatchObject([
      { id: 'default', name: 'Default' },
      { id: 'w2', historyCount: 3 },
    ]);
    expect(named('listWorkspaces')).toHaveLength(1); // from the event alone, not asked again
  });

  it('a notice on the main side is fetched without waiting for the next refresh', async () => {
    const { events, named } = await setUp();
    events.push({ type: 'notices-changed' });
    await settle();
    expect(named('listWorkspaces')).toHaveLength(1);
  });

  it("a connection list loaded fetches the notices again (the connection store's repairs come with it)", async () => {
    const { stores, named } = await setUp();
    await stores.connections.getState().load();
    await settle();
    expect(named('listWorkspaces')).toHaveLength(1);
  });

  it('stops listening when asked', async () => {
    const { stores, events } = await setUp();
    expect(events.listening()).toBe(1);
    stores.stop();
    expect(events.listening()).toBe(0);
  });
});
