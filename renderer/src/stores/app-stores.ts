import type { TokenscopeApi } from '../../../shared/contract/api';
import type { SubscribeToEvents, TokenscopeEvent } from '../../../shared/contract/events';
import { createClientCredentialsStore } from './client-credentials-store';
import { createCompareStore } from './compare-store';
import { createDoctorStore } from './doctor-store';
import { createConnectionsStore } from './connections-store';
import { createDiscoveryStore } from './discovery-store';
import { createFlowsStore } from './flows-store';
import { createInspectorStore } from './inspector-store';
import { createKnowledgeStore } from './knowledge-store';
import { createLessonsStore } from './lessons-store';
import { createReplayStore } from './replay-store';
import { createSandboxStore } from './sandbox-store';
import { createTenantStore } from './tenant-store';
import { createWorkspacesStore } from './workspaces-store';

export interface AppStoreDeps {
  api: TokenscopeApi;
  /** The main side's events: the preload bridge's onEvent, or the browser host's stream. */
  subscribe: SubscribeToEvents;
  openUrl(url: string): void;
}

/**
 * The stores that follow the main side, made over one transport, and the one place that says which store hears
 * of what: a workspace switch, and each event the main side pushes. No store reaches into another.
 */
export function createAppStores({ api, subscribe, openUrl }: AppStoreDeps) {
  const workspaces = createWorkspacesStore({ api });
  const workspaceId = () => workspaces.getState().currentId;
  const connections = createConnectionsStore({
    api,
    workspaceId,
    onLoaded: () => void workspaces.getState().refreshNotices(),
  });
  const flows = createFlowsStore({ api, workspaceId, openUrl });
  const sandbox = createSandboxStore({ api });
  const clientCredentials = createClientCredentialsStore({
    runClientCredentials: (request) => flows.getState().runClientCredentials(request),
  });
  const replay = createReplayStore({ api, workspaceId, onSent: (summary) => workspaces.getState().prepend(summary) });
  const inspector = createInspectorStore({ api });
  const compare = createCompareStore({ api });
  const knowledge = createKnowledgeStore({ api });
  const lessons = createLessonsStore({ api, workspaceId, onWorldChanged: () => void sandbox.getState().load() });
  const tenant = createTenantStore({ api, workspaceId });
  const doctor = createDoctorStore({ api, workspaceId });
  const discovery = createDiscoveryStore({ api, workspaceId, openUrl });

  // Connections and runs belong to a workspace: switching it lists the new one's.
  workspaces.subscribe((state, previous) => {
    if (state.currentId === previous.currentId) return;
    connections.getState().workspaceChanged();
    flows.getState().workspaceChanged();
    lessons.getState().workspaceChanged();
  });

  // An open lesson is checked again whenever the session gets a new token or API answer.
  flows.subscribe((state, previous) => {
    if (state.runs !== previous.runs) void lessons.getState().check();
  });
  replay.subscribe((state, previous) => {
    if (state.current !== previous.current) void lessons.getState().check();
  });

  const onEvent = (event: TokenscopeEvent) => {
    switch (event.type) {
      case 'authorization-ended':
        return flows.getState().authorizationEnded(event.state, event.end);
      case 'world-applied':
        // Its resources, apps and users may have changed, and with them what every view can pick.
        void sandbox.getState().worldChanged();
        return void connections.getState().load();
      case 'notices-changed':
        return void workspaces.getState().refreshNotices();
      case 'tenant-read-progress':
        return tenant.getState().progressed(event);
      case 'discovery-updated':
        // A sign-in the chain started is a run too, and a registered client a new connection.
        void flows.getState().load();
        void connections.getState().load();
        return void discovery.getState().updated(event.discoveryId);
      case 'history-changed':
        return workspaces.getState().historyChanged(event.workspaceId, event.historyCount);
    }
  };
  const stop = subscribe(onEvent);

  return {
    workspaces,
    connections,
    flows,
    sandbox,
    clientCredentials,
    replay,
    inspector,
    compare,
    knowledge,
    lessons,
    tenant,
    doctor,
    discovery,
    stop,
  };
}

export type AppStores = ReturnType<typeof createAppStores>;
