import { duration } from '../../../../shared/inspect/relative-time';

const pad = (n: number) => String(n).padStart(2, '0');

/** "1:04:09": the time left to the second, for a countdown that visibly ticks. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** "expires in 4 min" / "expired 3 min ago", judged at `nowSeconds`. */
export function expiryPhrase(exp: number, nowSeconds: number): { expired: boolean; text: string; left: string } {
  const delta = exp - nowSeconds;
  if (delta > 0) return { expired: false, text: `expires in ${duration(Math.round(delta))}`, left: clock(delta) };
  return { expired: true, text: `expired ${duration(Math.round(-delta))} ago`, left: clock(0) };
}
