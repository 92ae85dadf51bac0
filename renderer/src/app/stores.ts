import { connectToMainSide } from '../api/connect-to-main-side';
import { bindHooks } from '../stores/bind-hook';
import { createAppStores } from '../stores/app-stores';
import { selectedConnection } from '../stores/connections-store';

/** The one transport of this window, made here and nowhere else. */
const transport = connectToMainSide();

// `stop` is for tests and the bench; a window's stores live as long as it does.
const { stop: _stop, ...stores } = createAppStores({
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

export const {
  useWorkspaces,
  useConnections,
  useFlows,
  useSandbox,
  useClientCredentials,
  useReplay,
  useInspector,
  useCompare,
  useKnowledge,
  useLessons,
  useTenant,
  useDoctor,
  useDiscovery,
} = bindHooks(stores);

export const useSelectedConnection = () => useConnections(selectedConnection);
