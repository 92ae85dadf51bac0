/** "in 4 min" / "4 min ago": how far `at` is from `now`, both in seconds since the epoch. */
export function relativeTime(at: number, now: number): string {
  const delta = Math.round(at - now);
  const text = duration(Math.abs(delta));
  if (delta === 0) return 'now';
  return delta > 0 ? `in ${text}` : `${text} ago`;
}

export function duration(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** ISO date for a NumericDate, or a note when the value cannot be a date at all. */
export function isoDate(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? `${seconds} (not a valid date)` : date.toISOString();
}
