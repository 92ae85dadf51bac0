import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { ConnectionKnowledge } from '../../../shared/contract/connection-knowledge';

export interface KnowledgeState {
  /** By workspace and connection id ("workspace connection"). */
  known: Record<string, ConnectionKnowledge>;
  load(workspaceId: string, connectionId: string): Promise<void>;
}

export const knowledgeKey = (workspaceId: string, connectionId: string) => `${workspaceId} ${connectionId}`;

export type KnowledgeStore = StoreApi<KnowledgeState>;

export const createKnowledgeStore = ({ api }: { api: TokenscopeApi }): KnowledgeStore =>
  createStore<KnowledgeState>((set) => ({
    known: {},
    async load(workspaceId, connectionId) {
      // Only a hint for the pickers: when it cannot be read, they offer what the connection lists.
      const knowledge = await api.getConnectionKnowledge({ workspaceId, connectionId }).catch(() => undefined);
      if (knowledge) set((s) => ({ known: { ...s.known, [knowledgeKey(workspaceId, connectionId)]: knowledge } }));
    },
  }));
