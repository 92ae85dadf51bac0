import type { ClaimDifference } from '../../../../shared/inspect/compare-tokens';

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 1));

const STATUS: Record<ClaimDifference['status'], string> = { same: 'same', changed: 'differs', 'only-a': 'only in A', 'only-b': 'only in B' };

/** Claim by claim; differing rows highlighted, equal ones dimmed (or hidden). */
export function ClaimDiffTable({ claims, labels, hideSame }: { claims: ClaimDifference[]; labels: { a: string; b: string }; hideSame: boolean }) {
  const rows = hideSame ? claims.filter((c) => c.status !== 'same') : claims;
  return (
    <table className="compare-grid" data-testid="compare-claims">
      <thead>
        <tr><th>part</th><th>claim</th><th>{labels.a}</th><th>{labels.b}</th><th>result</th></tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={`${c.part}.${c.claim}`} className={`diff-${c.status}`} data-testid={`diff-${c.part}-${c.claim}`} data-status={c.status}>
            <td>{c.part}</td>
            <td><code>{c.claim}</code></td>
            <td className="diff-value diff-a"><pre>{show(c.a)}</pre></td>
            <td className="diff-value diff-b"><pre>{show(c.b)}</pre></td>
            <td>{STATUS[c.status].replace('A', labels.a).replace('B', labels.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
