import type { DecodedToken } from '../../../../shared/token/decoded-token';
import { JsonBlock } from '../../components/JsonBlock';
import { isoDate, relativeTime } from '../../../../shared/inspect/relative-time';

/** The access token decoded, not yet verified: the inspector does the checks. */
export function DecodedTokenView({ token }: { token: DecodedToken }) {
  if (token.kind !== 'jwt') {
    return (
      <section className="decoded" data-testid="decoded-token">
        <h3>Access token: {token.kind}</h3>
        <p>{token.reason}</p>
      </section>
    );
  }
  const now = Date.now() / 1000;
  const times = (['iat', 'nbf', 'exp'] as const).filter((claim) => typeof token.payload[claim] === 'number');
  return (
    <section className="decoded" data-testid="decoded-token">
      <h3>Access token (JWT, decoded)</h3>
      <div className="decoded-grid">
        <JsonBlock label="Header" value={token.header} testId="token-header" />
        <JsonBlock label="Payload" value={token.payload} testId="token-payload" />
      </div>
      {times.length > 0 && (
        <ul className="times">
          {times.map((claim) => (
            <li key={claim}>
              <code>{claim}</code> {isoDate(token.payload[claim] as number)},{' '}
              {relativeTime(token.payload[claim] as number, now)}
              {claim === 'exp' && (token.payload.exp as number) <= now ? ' (expired)' : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
