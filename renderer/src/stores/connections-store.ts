import { create } from 'zustand';
import type { ConnectionSummary } from '../../../shared/contract/connection';
import type { AppInfo } from '../../../shared/contract/app-info';
import { api } from '../api/api';
import { useWorkspaces } from './workspace-store';

interface ConnectionsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The active workspace's connections (the sandbox first): the ones every view can pick. */
  connections: ConnectionSummary[];
  /** The workspace `connections` were listed for; a list for another one is on its way when it differs. */
  workspaceId?: string;
  selectedId?: string;
  appInfo?: AppInfo;
  error?: string;
  /** The form asking for secrets the vault lacks: for one connection, or every one of the workspace. */
  secretsForm?: { connectionId?: string };
  load(): Promise<void>;
  select(id: string): void;
  openSecretsForm(connectionId?: string): void;
  closeSecretsForm(): void;
}

export const useConnections = create<ConnectionsState>((set, get) => ({
  status: 'idle',
  connections: [],
  async load() {
    const workspaceId = useWorkspaces.getState().currentId;
    // A refresh (another workspace, a world applied) keeps the views on screen; only the first load shows a spinner.
    set((state) => ({ status: state.status === 'ready' ? 'ready' : 'loading', error: undefined }));
    try {
      const [connections, appInfo] = await Promise.all([api.listConnections({ workspaceId }), get().appInfo ?? api.getAppInfo()]);
      if (useWorkspaces.getState().currentId !== workspaceId) return;
      set((state) => ({
        status: 'ready',
        connections,
        workspaceId,
        appInfo,
        selectedId: connections.some((c) => c.id === state.selectedId) ? state.selectedId : (connections.find((c) => !c.unavailable)?.id ?? connections[0]?.id),
      }));
      // The connection store's repairs are known once its list is: fetch the notices again, however late they came.
      void useWorkspaces.getState().refreshNotices();
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },
  select(id) {
    set({ selectedId: id });
  },
  openSecretsForm(connectionId) {
    set({ secretsForm: connectionId ? { connectionId } : {} });
  },
  closeSecretsForm() {
    set({ secretsForm: undefined });
  },
}));

// Connections belong to a workspace: switching it switches the list, and what the request and flow views can pick.
useWorkspaces.subscribe((state, previous) => {
  if (state.currentId !== previous.currentId) {
    useConnections.setState({ secretsForm: undefined });
    void useConnections.getState().load();
  }
});

export function useSelectedConnection(): ConnectionSummary | undefined {
  return useConnections((state) => state.connections.find((c) => c.id === state.selectedId));
}
