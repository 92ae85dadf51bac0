import { useEffect, useState } from 'react';

/** Seconds since the epoch, re-read every `intervalMs`, so relative times and countdowns tick. */
export function useNowSeconds(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now() / 1000), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
