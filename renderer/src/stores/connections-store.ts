import { create } from 'zustand';
import type { ConnectionSummary } from '../../../shared/contract/connection';
import type { AppInfo } from '../../../shared/contract/app-info';
import { api } from '../api/api';

interface ConnectionsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  connections: ConnectionSummary[];
  selectedId?: string;
  appInfo?: AppInfo;
  error?: string;
  load(): Promise<void>;
  select(id: string): void;
}

export const useConnections = create<ConnectionsState>((set) => ({
  status: 'idle',
  connections: [],
  async load() {
    set({ status: 'loading', error: undefined });
    try {
      const [connections, appInfo] = await Promise.all([api.listConnections(), api.getAppInfo()]);
      set((state) => ({
        status: 'ready',
        connections,
        appInfo,
        selectedId: state.selectedId ?? connections.find((c) => !c.unavailable)?.id ?? connections[0]?.id,
      }));
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },
  select(id) {
    set({ selectedId: id });
  },
}));

export function useSelectedConnection(): ConnectionSummary | undefined {
  return useConnections((state) => state.connections.find((c) => c.id === state.selectedId));
}
