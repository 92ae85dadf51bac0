import { useClientCredentials } from '../../stores/client-credentials-store';
import { useFlows } from '../../stores/flows-store';
import { useInspector } from '../../stores/inspector-store';
import { sessionTokens, type SessionRun } from './session-tokens';

/** Inspect any token this session received: the last client-credentials run and every sign-in, refresh and exchange. */
export function SessionTokenPicker() {
  const credentials = useClientCredentials((s) => s.result);
  const resources = useClientCredentials((s) => s.lastRequestedResources);
  const runs = useFlows((s) => s.runs);
  const inspectFromFlow = useInspector((s) => s.inspectFromFlow);
  const all: SessionRun[] = [
    ...(credentials ? [{ label: 'Client credentials', result: credentials, resources }] : []),
    ...runs.map((run) => ({ label: run.label, result: run.result, resources: run.grantedResources })),
  ];
  const tokens = sessionTokens(all);
  if (tokens.length === 0) return null;
  return (
    <label className="field">
      <span>Or a token of this session</span>
      <select
        data-testid="inspect-session-token"
        value=""
        onChange={(e) => {
          const picked = tokens[Number(e.target.value)];
          if (picked) void inspectFromFlow(picked.token, picked.issuer, picked.resource);
        }}
      >
        <option value="">Pick one to inspect…</option>
        {tokens.map((t, i) => <option key={`${i}:${t.label}`} value={i}>{t.label}</option>)}
      </select>
    </label>
  );
}
