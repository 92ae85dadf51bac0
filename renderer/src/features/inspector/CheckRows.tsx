import type { CheckResult } from '../../../../shared/inspect/check-result';
import { specUrl } from '../../../../shared/inspect/check-result';
import { TableHead } from '../../components/TableHead';

const BADGE: Record<CheckResult['status'], string> = { pass: '✓ pass', fail: '✗ fail', warn: '! warn', info: 'i info' };

/** One row per check, every check shown: an API would run them all, and so does a learner. */
export function CheckRows({ checks }: { checks: CheckResult[] }) {
  return (
    <table className="checks" data-testid="checks">
      <TableHead columns={['check', 'result', 'why', 'spec']} />
      <tbody>
        {checks.map((c) => {
          const url = specUrl(c.spec);
          return (
            <tr key={c.id} className={`check-${c.status}`} data-testid={`check-${c.id}`} data-status={c.status}>
              <td>
                <code>{c.id}</code>
              </td>
              <td>
                <span className={`badge badge-${c.status}`}>{BADGE[c.status]}</span>
              </td>
              <td>
                <details>
                  <summary>{c.message}</summary>
                  <p className="hint">{c.explanation}</p>
                </details>
              </td>
              <td className="spec">
                {url ? (
                  <a href={url} target="_blank" rel="noreferrer">
                    {c.spec}
                  </a>
                ) : (
                  c.spec
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
