import { useFlows } from '../../app/stores';
import { sessionTokens, type SessionRun, type SessionToken } from './session-tokens';

/** The tokens of the workspace's runs, every grant's (client credentials included). */
export function useSessionTokens(): SessionToken[] {
  const runs = useFlows((s) => s.runs);
  const all: SessionRun[] = runs.map((run) => ({
    label: run.label,
    result: run.result,
    resources: run.grantedResources ?? run.request.resources,
    ...(run.scopes ? { scopes: run.scopes } : {}),
  }));
  return sessionTokens(all);
}
