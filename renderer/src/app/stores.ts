import { connectToMainSide } from '../api/connect-to-main-side';
import { bindHook } from '../stores/bind-hook';
import { createAppStores } from '../stores/app-stores';
import { selectedConnection } from '../stores/connections-store';

/** The one transport of this window, made here and nowhere else. */
const transport = connectToMainSide();

const stores = createAppStores({
  api: transport.api,
  subscribe: transport.subscribe,
  // The system browser: a new tab in the browser host; the desktop shell hands it to the OS browser.
  openUrl: (url) => void window.open(url, '_blank', 'noopener'),
});

// Asked for now, while the page is still evaluating and React renders the first screen, not after its first commit
// (issue 18, start-up): the default workspace's connections and runs do not wait for the list of workspaces either.
void stores.connections.getState().load();
void stores.workspaces.getState().load();
void stores.flows.getState().load();

export const useWorkspaces = bindHook(stores.workspaces);
export const useConnections = bindHook(stores.connections);
export const useFlows = bindHook(stores.flows);
export const useSandbox = bindHook(stores.sandbox);
export const useClientCredentials = bindHook(stores.clientCredentials);
export const useReplay = bindHook(stores.replay);
export const useInspector = bindHook(stores.inspector);
export const useCompare = bindHook(stores.compare);
export const useKnowledge = bindHook(stores.knowledge);
export const useLessons = bindHook(stores.lessons);
export const useTenant = bindHook(stores.tenant);
export const useDoctor = bindHook(stores.doctor);
export const useDiscovery = bindHook(stores.discovery);

export const useSelectedConnection = () => useConnections(selectedConnection);
