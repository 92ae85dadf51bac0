import type { TokenscopeApi } from '../../../shared/contract/api';
import type { TokenscopeEvent } from '../../../shared/contract/events';
import { createClientCredentialsStore } from './client-credentials-store';
import { createConnectionsStore } from './connections-store';
import { createFlowsStore } from './flows-store';
import { createKnowledgeStore } from './knowledge-store';
import { createWorkspacesStore } from './workspaces-store';

export interface StoreDeps {
  api: TokenscopeApi;
  openUrl(url: string): void;
}

/**
 * The stores the first screen ("Request a token", the sidebar) reads, made with the window. The other views' stores
 * are made when a view first needs them (`view-stores.ts`), so start-up neither downloads nor evaluates them.
 */
export function createFirstScreenStores({ api, openUrl }: StoreDeps) {
  const workspaces = createWorkspacesStore({ api });
  const workspaceId = () => workspaces.getState().currentId;
  const connections = createConnectionsStore({
    api,
    workspaceId,
    onLoaded: () => void workspaces.getState().refreshNotices(),
  });
  const flows = createFlowsStore({ api, workspaceId, openUrl });
  const clientCredentials = createClientCredentialsStore({
    runClientCredentials: (request) => flows.getState().runClientCredentials(request),
  });
  const knowledge = createKnowledgeStore({ api });

  // Connections and runs belong to a workspace: switching it lists the new one's.
  workspaces.subscribe((state, previous) => {
    if (state.currentId === previous.currentId) return;
    connections.getState().workspaceChanged();
    flows.getState().workspaceChanged();
  });

  return { workspaces, connections, flows, clientCredentials, knowledge };
}

export type FirstScreenStores = ReturnType<typeof createFirstScreenStores>;

/** The first screen's share of each event from the main side; `routeViewEvent` has the other views'. */
export function routeFirstScreenEvent(stores: FirstScreenStores, event: TokenscopeEvent): void {
  switch (event.type) {
    case 'authorization-ended':
      return stores.flows.getState().authorizationEnded(event.state, event.end);
    case 'world-applied':
      // Its resources, apps and users may have changed, and with them what every view can pick.
      return void stores.connections.getState().load();
    case 'notices-changed':
      return void stores.workspaces.getState().refreshNotices();
    case 'discovery-updated':
      // A sign-in the chain started is a run too, and a registered client a new connection.
      void stores.flows.getState().load();
      return void stores.connections.getState().load();
    case 'history-changed':
      return stores.workspaces.getState().historyChanged(event.workspaceId, event.historyCount);
  }
}
