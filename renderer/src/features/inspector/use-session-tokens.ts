import { useClientCredentials } from '../../stores/client-credentials-store';
import { useFlows } from '../../stores/flows-store';
import { sessionTokens, type SessionRun, type SessionToken } from './session-tokens';

/** The tokens of this session's runs: the last client-credentials run and every sign-in, refresh and exchange. */
export function useSessionTokens(): SessionToken[] {
  const credentials = useClientCredentials((s) => s.result);
  const resources = useClientCredentials((s) => s.lastRequestedResources);
  const runs = useFlows((s) => s.runs);
  const all: SessionRun[] = [
    ...(credentials ? [{ label: 'Client credentials', result: credentials, resources }] : []),
    ...runs.map((run) => ({ label: run.label, result: run.result, resources: run.grantedResources })),
  ];
  return sessionTokens(all);
}
