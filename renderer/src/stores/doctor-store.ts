import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { DoctorResult } from '../../../shared/doctor/doctor-result';

export interface DoctorState {
  /** The connection the last result is about. */
  connectionId?: string;
  result?: DoctorResult;
  running: boolean;
  callError?: string;
  /** Runs every rule over the connection's tenant (the sandbox's world, or a read through its Management API). */
  run(connectionId: string, refresh?: boolean): Promise<void>;
}

export type DoctorStore = StoreApi<DoctorState>;

export const createDoctorStore = ({ api, workspaceId }: { api: TokenscopeApi; workspaceId(): string | undefined }) =>
  createStore<DoctorState>((set, get) => ({
    running: false,
    async run(connectionId, refresh) {
      if (get().running) return;
      set({ running: true, callError: undefined, connectionId, result: undefined });
      try {
        const workspace = workspaceId();
        const result = await api.runDoctor({
          connectionId,
          ...(workspace ? { workspaceId: workspace } : {}),
          ...(refresh ? { refresh } : {}),
        });
        if (get().connectionId === connectionId) set({ result });
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ running: false });
      }
    },
  }));
