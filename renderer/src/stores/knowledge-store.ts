import { useEffect } from 'react';
import { create } from 'zustand';
import type { ConnectionKnowledge } from '../../../shared/contract/connection-knowledge';
import type { ApiResourceSummary, ConnectionSummary } from '../../../shared/contract/connection';
import { api } from '../app/stores';
import { useFlows } from '../app/stores';
import { useWorkspaces } from '../app/stores';
import { offeredResources } from './offered-resources';

interface KnowledgeState {
  /** By workspace and connection id ("workspace connection"). */
  known: Record<string, ConnectionKnowledge>;
  load(workspaceId: string, connectionId: string): Promise<void>;
}

const keyOf = (workspaceId: string, connectionId: string) => `${workspaceId} ${connectionId}`;

export const useKnowledge = create<KnowledgeState>((set) => ({
  known: {},
  async load(workspaceId, connectionId) {
    // Only a hint for the pickers: when it cannot be read, they offer what the connection lists.
    const knowledge = await api.getConnectionKnowledge({ workspaceId, connectionId }).catch(() => undefined);
    if (knowledge) set((s) => ({ known: { ...s.known, [keyOf(workspaceId, connectionId)]: knowledge } }));
  },
}));

/**
 * The API resources every grant's pickers offer on `connection`: its own and those used on it, read again from the
 * main side after each run (it learns from every run sent).
 */
export function useOfferedResources(connection: Pick<ConnectionSummary, 'id' | 'resources'>): ApiResourceSummary[] {
  const workspaceId = useWorkspaces((s) => s.currentId);
  const runCount = useFlows((s) => s.runs.length);
  const load = useKnowledge((s) => s.load);
  const knowledge = useKnowledge((s) => s.known[keyOf(workspaceId, connection.id)]);
  useEffect(() => {
    void load(workspaceId, connection.id);
  }, [load, workspaceId, connection.id, runCount]);
  return offeredResources(connection.resources, knowledge);
}
