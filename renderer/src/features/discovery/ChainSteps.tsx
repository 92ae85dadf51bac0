import { STEP_TITLES, type ChainStep } from '../../../../shared/discovery/chain-step';

const MARKS: Record<ChainStep['status'], string> = {
  done: '✓',
  failed: '✗',
  waiting: '…',
  pending: '·',
  skipped: '–',
};

/** Each step of the chain with what happened, the rule that decided it, and where it broke, why and the fix. */
export function ChainSteps({ steps, chainId }: { steps: ChainStep[]; chainId: string }) {
  return (
    <ol className="chain-steps" data-testid="discovery-steps" data-chain={chainId}>
      {steps.map((step) => (
        <li key={step.id} data-testid={`discovery-step-${step.id}`} data-status={step.status}>
          <strong>
            <span aria-hidden="true">{MARKS[step.status]}</span> {STEP_TITLES[step.id]}
          </strong>
          {step.summary && <p>{step.summary}</p>}
          {step.rule && <p className="hint">{step.rule}</p>}
          {step.failure && (
            <div className="error-card" role="alert" data-testid="discovery-failure" data-kind={step.failure.kind}>
              <p>{step.failure.explanation}</p>
              <p>
                <strong>Fix:</strong> {step.failure.fix}
              </p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
