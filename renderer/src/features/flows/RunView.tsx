import type { FlowRunRecord } from '../../stores/flows-store';
import { useFlows } from '../../app/stores';
import { isIdentityScope } from '../../../../shared/oauth/reserved-scopes';
import { FlowResultView } from './FlowResultView';
import { JsonBlock } from '../../components/JsonBlock';
import { TimelineView } from './TimelineView';
import { TokenOperations } from './TokenOperations';
import { SequenceDiagram } from './SequenceDiagram';

/** One run of any grant: the outcome (token or explained error), its warnings, and its timeline, with reveal. */
export function RunView({ run }: { run: FlowRunRecord }) {
  const { result } = run;
  const { revealed, reveal, hide } = useFlows();
  const shown = result.runId ? revealed[result.runId] : undefined;
  const resources = run.grantedResources ?? run.request.resources;
  const requested = resources.length === 1 ? resources[0] : undefined;
  // The requested vs granted table is about API permissions; OpenID Connect's scopes are the sign-in's.
  const request = { resources: run.request.resources, scopes: run.request.scopes.filter((s) => !isIdentityScope(s)) };
  return (
    <section className="result" data-testid="flow-run" data-grant={result.grant} data-ok={String(result.ok)}>
      <h2>
        {run.label}{' '}
        <small className="hint">
          {result.grant} · {run.connectionName} · {run.clientId}
        </small>
      </h2>
      {result.warnings?.map((w) => (
        <p key={w} className="verdict" role="note" data-testid="flow-warning">
          ⚠ {w}
        </p>
      ))}
      <FlowResultView result={result} requestedResource={requested} request={request} scopes={run.scopes} />
      {result.runId && (
        <p className="actions">
          {shown ? (
            <button type="button" onClick={() => hide(result.runId!)}>
              Mask secrets again
            </button>
          ) : (
            <button type="button" data-testid="reveal" onClick={() => void reveal(result.runId!)}>
              Reveal secrets
            </button>
          )}
          <span className="hint">Revealed values stay in this window; they are never saved or logged.</span>
        </p>
      )}
      {shown?.tokenResponse && (
        <JsonBlock label="Token response (revealed)" value={shown.tokenResponse} testId="revealed-token-response" />
      )}
      <SequenceDiagram entries={result.timeline} />
      <TimelineView entries={shown?.timeline ?? result.timeline} revealed={Boolean(shown)} />
      <TokenOperations run={run} />
    </section>
  );
}
