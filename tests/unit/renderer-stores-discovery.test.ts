import { describe, expect, it } from 'vitest';
import { createAppStores } from '../../renderer/src/stores/app-stores.js';
import { pendingSteps } from '../../shared/discovery/chain-step.js';
import type { DiscoveryReport } from '../../shared/discovery/discovery-report.js';
import { fakeApi, fakeEvents, settle } from './renderer-stores-fakes.js';

const report = (more: Partial<DiscoveryReport> = {}): DiscoveryReport => ({
  id: 'chain-1',
  url: 'https://api.example.com/mcp',
  steps: pendingSteps(),
  timeline: [],
  resource: 'https://api.example.com/mcp',
  authorizationServer: 'https://tenant.logto.app/oidc',
  scopes: ['read', 'write'],
  preselectedScopes: ['read'],
  ...more,
});

async function setUp(answers: Record<string, unknown>) {
  const opened: string[] = [];
  const events = fakeEvents();
  const fake = fakeApi({
    listWorkspaces: { workspaces: [], notices: [] },
    listRuns: [],
    listConnections: [],
    ...answers,
  });
  const stores = await createAppStores({
    api: fake.api,
    subscribe: events.subscribe,
    openUrl: (url) => opened.push(url),
  });
  return { ...fake, stores, events, opened };
}

describe('discovery store: Start from an API', () => {
  it.each([
    {
      name: 'a saved client for the server is picked first',
      answer: report({
        registrationEndpoint: 'https://tenant/reg',
        knownClients: [{ connectionId: 'c1', connectionName: 'Tenant', clientId: 'app' }],
      }),
      client: { connectionId: 'c1', clientId: 'app' },
    },
    {
      name: 'none saved, registration offered: register',
      answer: report({ registrationEndpoint: 'https://tenant/reg' }),
      client: { register: true },
    },
    { name: 'neither: no client picked', answer: report(), client: undefined },
  ])('discover: $name, and the scopes the API asked for are ticked', async ({ answer, client }) => {
    const { stores, named } = await setUp({ discoverApi: answer });
    stores.discovery.getState().setUrl(' https://api.example.com/mcp ');
    await stores.discovery.getState().discover();
    expect(named('discoverApi')[0]!.argument).toMatchObject({ url: 'https://api.example.com/mcp' });
    expect(stores.discovery.getState().client).toEqual(client);
    expect(stores.discovery.getState().scopes).toEqual(['read']);
  });

  it('sign in: registration sends no client, the sign-in opens, an event for the chain fetches it', async () => {
    const waiting = report({ authorizationUrl: 'https://tenant/auth?x', registrationEndpoint: 'https://tenant/reg' });
    const { stores, named, events, opened } = await setUp({
      discoverApi: report({ registrationEndpoint: 'https://tenant/reg' }),
      signInToApi: waiting,
      getDiscovery: report({ runId: 'run-1' }),
    });
    stores.discovery.getState().setUrl('https://api.example.com/mcp');
    await stores.discovery.getState().discover();
    stores.discovery.getState().toggleScope('write');
    await stores.discovery.getState().signIn();
    expect(named('signInToApi')[0]!.argument).toEqual({ discoveryId: 'chain-1', scope: 'read write' });
    expect(opened).toEqual(['https://tenant/auth?x']);
    events.push({ type: 'discovery-updated', discoveryId: 'another-chain' });
    await settle();
    expect(named('getDiscovery')).toEqual([]);
    events.push({ type: 'discovery-updated', discoveryId: 'chain-1' });
    await settle();
    expect(stores.discovery.getState().report?.runId).toBe('run-1');
  });

  it('a refused call is shown, not thrown', async () => {
    const { stores } = await setUp({ discoverApi: () => Promise.reject(new Error('bad URL: use https')) });
    stores.discovery.getState().setUrl('ftp://x');
    await stores.discovery.getState().discover();
    expect(stores.discovery.getState().callError).toBe('bad URL: use https');
    expect(stores.discovery.getState().running).toBe(false);
  });
});
