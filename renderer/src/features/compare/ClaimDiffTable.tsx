import type { ClaimDifference } from '../../../../shared/inspect/compare-tokens';
import { isoDate } from '../../../../shared/inspect/relative-time';
import { TableHead } from '../../components/TableHead';

const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat', 'auth_time']);

/** The value as JSON; a time claim also as a date, since two NumericDates are hard to compare by eye. */
function show(claim: ClaimDifference, value: unknown): string {
  if (value === undefined) return '';
  const json = JSON.stringify(value, null, 1);
  return claim.part === 'payload' && TIME_CLAIMS.has(claim.claim) && typeof value === 'number'
    ? `${json}\n${isoDate(value)}`
    : json;
}

const STATUS: Record<ClaimDifference['status'], string> = {
  same: 'same',
  changed: 'differs',
  'only-a': 'only in A',
  'only-b': 'only in B',
};

/** Claim by claim; differing rows highlighted, equal ones dimmed (or hidden). */
export function ClaimDiffTable({
  claims,
  labels,
  hideSame,
}: {
  claims: ClaimDifference[];
  labels: { a: string; b: string };
  hideSame: boolean;
}) {
  const rows = hideSame ? claims.filter((c) => c.status !== 'same') : claims;
  return (
    <table className="compare-grid" data-testid="compare-claims">
      <TableHead columns={['part', 'claim', labels.a, labels.b, 'result']} />
      <tbody>
        {rows.map((c) => (
          <tr
            key={`${c.part}.${c.claim}`}
            className={`diff-${c.status}`}
            data-testid={`diff-${c.part}-${c.claim}`}
            data-status={c.status}
          >
            <td>{c.part}</td>
            <td>
              <code>{c.claim}</code>
            </td>
            <td className="diff-value diff-a">
              <pre>{show(c, c.a)}</pre>
            </td>
            <td className="diff-value diff-b">
              <pre>{show(c, c.b)}</pre>
            </td>
            <td>{STATUS[c.status].replace('A', labels.a).replace('B', labels.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
