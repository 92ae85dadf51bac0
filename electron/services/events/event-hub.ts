import type { SubscribeToEvents, TokenscopeEvent, TokenscopeEventListener } from '../../../shared/contract/events.js';

/** Where the services publish what the renderer should hear of, and each shell's transport subscribes. */
export interface EventHub {
  publish(event: TokenscopeEvent): void;
  subscribe: SubscribeToEvents;
  /**
   * The last flows that ended, for a stream that (re)opens: the browser host's stream can drop and reopen while a
   * sign-in ends, and the page waiting on it would otherwise wait forever.
   */
  recentEnds(): TokenscopeEvent[];
}

/** As many ends as sign-ins a user could have waiting at once, and then some. */
const RECENT_ENDS_KEPT = 20;

export function createEventHub(): EventHub {
  const listeners = new Set<TokenscopeEventListener>();
  const ends: TokenscopeEvent[] = [];
  return {
    publish(event) {
      if (event.type === 'authorization-ended') {
        ends.push(event);
        if (ends.length > RECENT_ENDS_KEPT) ends.shift();
      }
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // A transport that failed (a window gone, a stream closed) costs its own delivery, not the others'.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    recentEnds: () => [...ends],
  };
}
