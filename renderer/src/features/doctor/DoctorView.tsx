import { useDoctor, useSelectedConnection } from '../../app/stores';
import type { DoctorResult } from '../../../../shared/doctor/doctor-result';
import type { DoctorFinding } from '../../../../shared/doctor/doctor-finding';
import { Spinner } from '../../components/Spinner';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const VERDICT: Record<DoctorResult['verdict'], string> = {
  ok: 'No error found',
  errors: 'Errors found',
  'not-verified': 'Not verified',
};

function Finding({ finding }: { finding: DoctorFinding }) {
  return (
    <li className={`doctor-finding severity-${finding.severity}`} data-testid={`doctor-finding-${finding.rule}`}>
      <p>
        <span className={`badge severity-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>{' '}
        <strong>{finding.title}</strong>
      </p>
      <p className="hint">
        {finding.objects.map((o) => (
          <span key={`${o.kind} ${o.id}`} className="doctor-object">
            {o.kind} <code>{o.name}</code>{' '}
          </span>
        ))}
      </p>
      <p>
        <b>Why it matters:</b> {finding.why}
      </p>
      <p>
        <b>Fix:</b> {finding.fix}
      </p>
    </li>
  );
}

function Report({ result }: { result: DoctorResult }) {
  const report = result.report;
  return (
    <section data-testid="doctor-result" data-verdict={result.verdict} aria-live="polite">
      <h3 className={`verdict verdict-${result.verdict}`} data-testid="doctor-verdict">
        {VERDICT[result.verdict]}
      </h3>
      {result.problem && (
        <div className="error-card" role="alert" data-testid="doctor-problem">
          <p>{result.problem.message}</p>
          <p>
            <b>What to do:</b> {result.problem.fix}
          </p>
        </div>
      )}
      {report && (
        <>
          <p data-testid="doctor-summary">{report.summary}</p>
          {report.findings.length === 0 && <p className="success">No finding: every check passed.</p>}
          <ul className="doctor-findings">
            {report.findings.map((finding, index) => (
              <Finding key={`${finding.rule} ${index}`} finding={finding} />
            ))}
          </ul>
          {report.notChecked.length > 0 && (
            <div className="verdict" role="note" data-testid="doctor-not-checked">
              <p>Not checked (the read left out what these need; read the tenant again):</p>
              <ul>
                {report.notChecked.map((n) => (
                  <li key={n.rule}>
                    {n.title}: {n.missing.join(', ')} incomplete
                  </li>
                ))}
              </ul>
            </div>
          )}
          <details>
            <summary>Checks that ran ({report.checked.length})</summary>
            <ul>
              {report.checked.map((c) => (
                <li key={c.rule}>{c.title}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}

/**
 * The tenant doctor: lints the selected connection's tenant (the sandbox's world, or a Logto tenant read through its
 * Management API, read-only) and lists each finding with why it matters and the fix.
 */
export function DoctorView() {
  const connection = useSelectedConnection();
  const { run, running, result, connectionId, callError } = useDoctor();
  const shown = connection && connectionId === connection.id ? result : undefined;
  return (
    <div className="panel" data-testid="doctor-view">
      <h2>
        Tenant doctor <small>roles, permissions and apps that will surprise a token</small>
      </h2>
      {!connection ? (
        <p className="hint">Pick a connection in the sidebar.</p>
      ) : (
        <>
          <p className="hint">
            Checks <b>{connection.name}</b>:{' '}
            {connection.kind === 'sandbox'
              ? "the sandbox's world."
              : 'its tenant, read through its Management API (GET only; give it access in the Tenant view, Alt+7).'}
          </p>
          <div className="actions">
            <button type="button" data-testid="doctor-run" disabled={running} onClick={() => void run(connection.id)}>
              Check this tenant
            </button>
            {connection.kind !== 'sandbox' && (
              <button type="button" disabled={running} onClick={() => void run(connection.id, true)}>
                Read again and check
              </button>
            )}
          </div>
        </>
      )}
      {running && <Spinner label="Checking…" />}
      {callError && (
        <div className="error-card" role="alert">
          {callError}
        </div>
      )}
      {shown && <Report result={shown} />}
    </div>
  );
}
