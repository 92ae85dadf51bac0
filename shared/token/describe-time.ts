/** "2026-11-23 19:40:00 UTC, in 59 min": a NumericDate claim (RFC 7519 §2) as people read it. */
export function describeTime(claim: 'iat' | 'nbf' | 'exp', seconds: number, nowSeconds: number): string {
  const date = new Date(seconds * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `${date}, ${relative(seconds - nowSeconds)}${claim === 'exp' && seconds <= nowSeconds ? ' (expired)' : ''}`;
}

function relative(deltaSeconds: number): string {
  const abs = Math.abs(deltaSeconds);
  const amount =
    abs < 60 ? `${Math.round(abs)} s` : abs < 3600 ? `${Math.round(abs / 60)} min` : abs < 86400 ? `${Math.round(abs / 3600)} h` : `${Math.round(abs / 86400)} d`;
  if (abs < 1) return 'now';
  return deltaSeconds > 0 ? `in ${amount}` : `${amount} ago`;
}
