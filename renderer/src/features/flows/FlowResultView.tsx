import type { FlowResult } from '../../../../shared/contract/flow';
import { JsonBlock } from '../../components/JsonBlock';
import { DecodedTokenView } from './DecodedTokenView';
import { useInspector } from '../../app/stores';
import { type KnownRequest } from '../../stores/inspector-store';
import { ScopeTable } from '../inspector/ScopeTable';
import type { ScopeDiff } from '../../../../shared/inspect/scope-diff';
import { useNavigation } from '../../stores/navigation-store';

interface FlowResultViewProps {
  result: FlowResult;
  /** What the user asked for, so the inspector checks `aud` against the request, not the token itself. */
  requestedResource?: string;
  request?: KnownRequest;
  /** Requested vs granted, explained on the main side with the run: the token is not sent back for it. */
  scopes?: ScopeDiff;
}

export function FlowResultView({ result, requestedResource, request, scopes }: FlowResultViewProps) {
  const { inspectRun, inspectFromFlow } = useInspector();
  const show = useNavigation((s) => s.show);
  if (!result.ok) {
    const { error } = result;
    return (
      <div className="error-card" role="alert" data-testid="flow-error">
        <strong>
          {error.status ? `${error.status} ` : ''}
          <code>{error.error}</code>
          {error.errorDescription ? ` — ${error.errorDescription}` : ''}
        </strong>
        <p data-testid="flow-error-explanation">{error.explanation}</p>
        <p>
          <b>What to do:</b> {error.fix}
        </p>
        <p className="hint">
          after {result.durationMs} ms · {result.issuer}
        </p>
      </div>
    );
  }
  const accessToken = String(result.tokenResponse.access_token ?? '');
  const grantedScope = typeof result.tokenResponse.scope === 'string' ? result.tokenResponse.scope : undefined;
  return (
    <div className="result" data-testid="flow-result">
      <p className="success">
        Token issued in {result.durationMs} ms by <code>{result.issuer}</code>{' '}
        <button
          type="button"
          data-testid="inspect-this"
          onClick={() => {
            show('inspect');
            const known = request && { ...request, grantedScope };
            // The main side holds the run's token: the inspector names the run instead of sending the token back.
            if (result.runId)
              void inspectRun({
                runId: result.runId,
                token: accessToken,
                issuer: result.issuer,
                resource: requestedResource,
                request: known,
                scopes,
              });
            else void inspectFromFlow(accessToken, result.issuer, requestedResource, known, scopes);
          }}
        >
          Check every claim →
        </button>
      </p>
      <JsonBlock label="Token response" value={result.tokenResponse} testId="token-response" />
      {scopes && <ScopeTable diff={scopes} />}
      <DecodedTokenView token={result.accessToken} />
    </div>
  );
}
