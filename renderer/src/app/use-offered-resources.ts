import { useEffect } from 'react';
import type { ApiResourceSummary, ConnectionSummary } from '../../../shared/contract/connection';
import { knowledgeKey } from '../stores/knowledge-store';
import { offeredResources } from '../stores/offered-resources';
import { useFlows, useKnowledge, useWorkspaces } from './stores';

/**
 * The API resources every grant's pickers offer on `connection`: its own and those used on it, read again from the
 * main side after each run (it learns from every run sent).
 */
export function useOfferedResources(connection: Pick<ConnectionSummary, 'id' | 'resources'>): ApiResourceSummary[] {
  const workspaceId = useWorkspaces((s) => s.currentId);
  const runCount = useFlows((s) => s.runs.length);
  const load = useKnowledge((s) => s.load);
  const knowledge = useKnowledge((s) => s.known[knowledgeKey(workspaceId, connection.id)]);
  useEffect(() => {
    void load(workspaceId, connection.id);
  }, [load, workspaceId, connection.id, runCount]);
  return offeredResources(connection.resources, knowledge);
}
