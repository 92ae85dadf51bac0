import type { SubscribeToEvents } from '../../../shared/contract/events';

/**
 * Events subscribed now, but their stream opened only once `gate` runs the opening: on the browser host the stream is
 * a fetch, main-thread work that start-up should not pay before the first screen is drawn (issue 18). An unsubscribe
 * before then means the stream is never opened.
 */
export function subscribeAfter(gate: (open: () => void) => void, subscribe: SubscribeToEvents): SubscribeToEvents {
  return (listener) => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    gate(() => {
      if (!cancelled) stop = subscribe(listener);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  };
}
