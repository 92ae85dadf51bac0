import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { TokenscopeEvent } from '../../../shared/contract/events';
import type { ManagementAccessSummary, TenantReadResult } from '../../../shared/contract/tenant-read';
import type { TimelineEntry } from '../../../shared/flows/timeline';

export type TenantReadProgress = Extract<TokenscopeEvent, { type: 'tenant-read-progress' }>;

/** One connection's tenant: its Management API access, its last read, the read under way. */
export interface ConnectionTenant {
  /** null: the connection has no Management API access yet. */
  access?: ManagementAccessSummary | null;
  read?: TenantReadResult;
  reading: boolean;
  progress?: TenantReadProgress;
  timeline?: TimelineEntry[];
  /** A call that failed (the connection gone, a secret missing): the message carries the fix. */
  error?: string;
}

interface TenantState {
  byConnection: Record<string, ConnectionTenant>;
  load(connectionId: string): Promise<void>;
  setAccess(
    connectionId: string,
    access: { clientId: string; clientSecret?: string; managementApi?: string },
  ): Promise<boolean>;
  read(connectionId: string, refresh: boolean): Promise<void>;
  loadTimeline(connectionId: string): Promise<void>;
  /** From the main side's `tenant-read-progress` event. */
  progressed(event: TenantReadProgress): void;
}

export type TenantStore = StoreApi<TenantState>;

const EMPTY: ConnectionTenant = { reading: false };

/** The Tenant view's state: Management API access per connection and reads of its tenant, through the contract. */
export const createTenantStore = ({ api, workspaceId }: { api: TokenscopeApi; workspaceId(): string }): TenantStore =>
  createStore<TenantState>((set, get) => {
    const patch = (connectionId: string, change: Partial<ConnectionTenant>) =>
      set((s) => ({
        byConnection: { ...s.byConnection, [connectionId]: { ...(s.byConnection[connectionId] ?? EMPTY), ...change } },
      }));
    const of = (connectionId: string) => ({ workspaceId: workspaceId(), connectionId });
    return {
      byConnection: {},
      async load(connectionId) {
        try {
          const [access, read] = await Promise.all([
            api.getManagementAccess(of(connectionId)),
            api.getTenant(of(connectionId)),
          ]);
          patch(connectionId, { access, ...(read ? { read } : {}), error: undefined });
        } catch (error) {
          patch(connectionId, { error: (error as Error).message });
        }
      },
      async setAccess(connectionId, access) {
        try {
          const summary = await api.setManagementAccess({ ...of(connectionId), ...access });
          patch(connectionId, { access: summary, read: undefined, timeline: undefined, error: undefined });
          return true;
        } catch (error) {
          patch(connectionId, { error: (error as Error).message });
          return false;
        }
      },
      async read(connectionId, refresh) {
        patch(connectionId, { reading: true, progress: undefined, timeline: undefined, error: undefined });
        try {
          const read = await api.readTenant({ ...of(connectionId), refresh });
          patch(connectionId, { read, reading: false });
        } catch (error) {
          patch(connectionId, { reading: false, error: (error as Error).message });
        }
      },
      async loadTimeline(connectionId) {
        try {
          patch(connectionId, { timeline: await api.getTenantReadTimeline(of(connectionId)) });
        } catch (error) {
          patch(connectionId, { error: (error as Error).message });
        }
      },
      progressed(event) {
        if (get().byConnection[event.connectionId]?.reading) patch(event.connectionId, { progress: event });
      },
    };
  });
