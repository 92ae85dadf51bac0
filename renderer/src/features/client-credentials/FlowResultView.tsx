import type { FlowResult } from '../../../../shared/contract/flow';
import { JsonBlock } from '../../components/JsonBlock';
import { DecodedTokenView } from './DecodedTokenView';

export function FlowResultView({ result }: { result: FlowResult }) {
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
        <p><b>What to do:</b> {error.fix}</p>
        <p className="hint">after {result.durationMs} ms · {result.issuer}</p>
      </div>
    );
  }
  return (
    <div className="result" data-testid="flow-result">
      <p className="success">Token issued in {result.durationMs} ms by <code>{result.issuer}</code></p>
      <JsonBlock label="Token response" value={result.tokenResponse} testId="token-response" />
      <DecodedTokenView token={result.accessToken} />
    </div>
  );
}
