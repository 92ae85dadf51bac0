import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { HistorySummary, ReplayRequest } from '../../../shared/replay/types';
import type { ImportWorkspaceResult, WorkspaceList } from '../../../shared/replay/workspace';

/** Every summary of a workspace's history is loaded at once and searched here: 10,000 rows are ~1.5 MB and filter in a few ms. */
const HISTORY_LIMIT = 20_000;
const FIRST_PAGE = 100;

interface WorkspaceState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  workspaces: WorkspaceList['workspaces'];
  notices: string[];
  /** The active workspace: the connections listed, the history shown and where calls are recorded follow it. */
  currentId: string;
  /** Newest first. */
  history: HistorySummary[];
  query: string;
  callError?: string;
  lastImport?: ImportWorkspaceResult;
  /** The list of workspaces; their history loads where it is shown (`loadHistory`). */
  load(): Promise<void>;
  select(workspaceId: string): void;
  create(name: string): Promise<void>;
  remove(workspaceId: string): Promise<void>;
  loadHistory(): Promise<void>;
  /** The main side says a workspace now holds this many calls (a call made in any window, a clear). */
  historyChanged(workspaceId: string, historyCount: number): void;
  /** A call just made: shown at once, without reloading the list. */
  prepend(summary: HistorySummary): void;
  setQuery(query: string): void;
  clearHistory(): Promise<void>;
  /**
   * Notices are kept on the main side until dismissed, and some arrive late (the connection store's repairs load
   * after the first list of workspaces): fetched again on each workspace, connection and history refresh.
   */
  refreshNotices(): Promise<void>;
  /** Dismisses the notices shown; any that arrived meanwhile stay. */
  dismissNotices(): Promise<void>;
  saveRequest(name: string, request: ReplayRequest): Promise<void>;
  deleteSavedRequest(requestId: string): Promise<void>;
  exportCurrent(includeHistory: boolean): Promise<string | undefined>;
  /** Resolves to the import's result, or undefined when it failed (the reason is in `callError`). */
  importText(text: string): Promise<ImportWorkspaceResult | undefined>;
  dismissImport(): void;
}

export type WorkspacesStore = StoreApi<WorkspaceState>;

export const createWorkspacesStore = ({ api }: { api: TokenscopeApi }): WorkspacesStore =>
  createStore<WorkspaceState>((set, get) => {
    const guarded = async (work: () => Promise<void>) => {
      try {
        set({ callError: undefined });
        await work();
      } catch (error) {
        set({ callError: (error as Error).message });
      }
    };
    return {
      status: 'idle',
      workspaces: [],
      notices: [],
      currentId: 'default',
      history: [],
      query: '',
      async load() {
        set({ status: 'loading' });
        try {
          const list = await api.listWorkspaces();
          const currentId = list.workspaces.some((w) => w.id === get().currentId)
            ? get().currentId
            : (list.workspaces[0]?.id ?? 'default');
          set({ workspaces: list.workspaces, notices: list.notices, currentId, status: 'ready' });
        } catch (error) {
          set({ status: 'error', callError: (error as Error).message });
        }
      },
      select(workspaceId) {
        if (workspaceId !== get().currentId) set({ currentId: workspaceId, history: [] });
      },
      create: (name) =>
        guarded(async () => {
          const workspace = await api.createWorkspace({ name });
          await get().load();
          get().select(workspace.id);
        }),
      remove: (workspaceId) =>
        guarded(async () => {
          await api.deleteWorkspace({ workspaceId });
          get().select('default');
          await get().load();
        }),
      loadHistory: () =>
        guarded(async () => {
          const workspaceId = get().currentId;
          // The newest rows first, so the view shows at once; then the whole history for search and scrolling.
          void get().refreshNotices();
          const first = await api.listHistory({ workspaceId, limit: FIRST_PAGE });
          if (get().currentId !== workspaceId) return;
          set({ history: first.entries });
          if (first.total <= first.entries.length) return;
          const all = await api.listHistory({ workspaceId, limit: HISTORY_LIMIT });
          if (get().currentId === workspaceId) set({ history: all.entries });
        }),
      historyChanged: (workspaceId, historyCount) =>
        set((s) => ({ workspaces: s.workspaces.map((w) => (w.id === workspaceId ? { ...w, historyCount } : w)) })),
      prepend: (summary) => {
        set((s) => ({ history: [summary, ...s.history] }));
        // A call whose history could not be written says so in the notices.
        void get().refreshNotices();
      },
      setQuery: (query) => set({ query }),
      clearHistory: () =>
        guarded(async () => {
          await api.clearHistory({ workspaceId: get().currentId });
          set({ history: [] });
        }),
      async refreshNotices() {
        try {
          const { notices } = await api.listWorkspaces();
          set({ notices });
        } catch {
          // The next refresh tries again; a failed list of workspaces is reported by `load`.
        }
      },
      dismissNotices: () =>
        guarded(async () => {
          const seen = get().notices;
          await api.dismissWorkspaceNotices({ notices: seen });
          set((s) => ({ notices: s.notices.filter((n) => !seen.includes(n)) }));
          await get().refreshNotices();
        }),
      saveRequest: (name, request) =>
        guarded(async () => {
          await api.saveRequest({ workspaceId: get().currentId, name, request });
          const list = await api.listWorkspaces();
          set({ workspaces: list.workspaces });
        }),
      deleteSavedRequest: (requestId) =>
        guarded(async () => {
          await api.deleteSavedRequest({ workspaceId: get().currentId, requestId });
          const list = await api.listWorkspaces();
          set({ workspaces: list.workspaces });
        }),
      async exportCurrent(includeHistory) {
        try {
          const exported = await api.exportWorkspace({ workspaceId: get().currentId, includeHistory });
          return JSON.stringify(exported, null, 2);
        } catch (error) {
          set({ callError: (error as Error).message });
          return undefined;
        }
      },
      dismissImport: () => set({ lastImport: undefined }),
      async importText(text) {
        let result: ImportWorkspaceResult | undefined;
        await guarded(async () => {
          result = await api.importWorkspace({ text });
          set({ lastImport: result });
          await get().load();
          get().select(result.workspace.id);
        });
        return result;
      },
    };
  });
