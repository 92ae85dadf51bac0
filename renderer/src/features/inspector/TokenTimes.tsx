import { numericDate } from '../../../../shared/inspect/claims';
import { isoDate, relativeTime } from '../../../../shared/inspect/relative-time';
import { expiryPhrase } from './expiry';

const LABELS = { iat: 'issued', nbf: 'valid from', exp: 'expires' } as const;

/** The token's times as dates and relative, with a countdown to `exp` that ticks every second. */
export function TokenTimes({ payload, nowSeconds }: { payload: Record<string, unknown>; nowSeconds: number }) {
  const exp = numericDate(payload, 'exp');
  const times = (['iat', 'nbf', 'exp'] as const).flatMap((claim) => {
    const at = numericDate(payload, claim);
    return at === undefined ? [] : [{ claim, at }];
  });
  if (times.length === 0) return null;
  const expiry = exp === undefined ? undefined : expiryPhrase(exp, nowSeconds);
  return (
    <div className="token-times">
      {expiry && (
        <p
          className={expiry.expired ? 'countdown countdown-expired' : 'countdown'}
          data-testid="exp-countdown"
          role="timer"
          aria-live="off"
        >
          <b>{expiry.text}</b> {!expiry.expired && <span className="countdown-clock">{expiry.left}</span>}
        </p>
      )}
      <ul className="times">
        {times.map(({ claim, at }) => (
          <li key={claim} data-testid={`time-${claim}`}>
            <code>{claim}</code> {LABELS[claim]} <time dateTime={isoDate(at)}>{isoDate(at)}</time> (
            {relativeTime(at, Math.floor(nowSeconds))})
          </li>
        ))}
      </ul>
    </div>
  );
}
