import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type {
  AddConnectionRequest,
  ConnectionSummary,
  EditConnectionRequest,
  SetClientSecretRequest,
} from '../../../shared/contract/connection';
import type { AppInfo } from '../../../shared/contract/app-info';

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
  /** Discovers and saves a connection, lists again and shows it; a refusal is thrown, for the form to say. */
  add(request: AddConnectionRequest): Promise<void>;
  edit(request: EditConnectionRequest): Promise<void>;
  /** Sends one secret to the vault (never kept here) and lists again. */
  setSecret(request: SetClientSecretRequest): Promise<void>;
  /** Removes a saved connection; the sandbox is shown instead. */
  remove(id: string): Promise<void>;
  /** Another workspace is shown: its connections, and no form left open for the last one's. */
  workspaceChanged(): void;
}

export interface ConnectionsStoreDeps {
  api: TokenscopeApi;
  /** The active workspace, whose connections are listed. */
  workspaceId(): string;
  /** Each list loaded; the connection store's repairs are known once its list is (notices, fetched again). */
  onLoaded?(): void;
}

export type ConnectionsStore = StoreApi<ConnectionsState>;

export const createConnectionsStore = ({
  api,
  workspaceId: current,
  onLoaded,
}: ConnectionsStoreDeps): ConnectionsStore =>
  createStore<ConnectionsState>((set, get) => ({
    status: 'idle',
    connections: [],
    async load() {
      const workspaceId = current();
      // A refresh (another workspace, a world applied) keeps the views on screen; only the first load shows a spinner.
      set((state) => ({ status: state.status === 'ready' ? 'ready' : 'loading', error: undefined }));
      try {
        const [connections, appInfo] = await Promise.all([
          api.listConnections({ workspaceId }),
          get().appInfo ?? api.getAppInfo(),
        ]);
        if (current() !== workspaceId) return;
        set((state) => ({
          status: 'ready',
          connections,
          workspaceId,
          appInfo,
          selectedId: connections.some((c) => c.id === state.selectedId)
            ? state.selectedId
            : (connections.find((c) => !c.unavailable)?.id ?? connections[0]?.id),
        }));
        onLoaded?.();
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
    async add(request) {
      const added = await api.addConnection(request);
      await get().load();
      set({ selectedId: added.id });
    },
    async edit(request) {
      await api.editConnection(request);
      await get().load();
    },
    async setSecret(request) {
      await api.setClientSecret(request);
      await get().load();
    },
    async remove(id) {
      await api.removeConnection({ id });
      set({ selectedId: 'sandbox' });
      await get().load();
    },
    workspaceChanged() {
      set({ secretsForm: undefined });
      void get().load();
    },
  }));

export const selectedConnection = (state: ConnectionsState): ConnectionSummary | undefined =>
  state.connections.find((c) => c.id === state.selectedId);
