import { claimHover, type TokenPart } from './claim-lines';

/** The hover lines as a list too: reachable by keyboard and screen readers, and readable while the editor loads. */
export function ClaimGlossary({
  part,
  value,
  nowSeconds,
}: {
  part: TokenPart;
  value: Record<string, unknown>;
  nowSeconds: number;
}) {
  const claims = Object.keys(value);
  if (claims.length === 0) return null;
  return (
    <details className="claim-glossary">
      <summary>What each {part === 'header' ? 'header parameter' : 'claim'} means</summary>
      <dl>
        {claims.map((claim) => (
          <div key={claim} data-testid={`explain-${part}-${claim}`}>
            <dt>
              <code>{claim}</code>
            </dt>
            <dd>{claimHover(part, claim, value[claim], nowSeconds)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
