import type { SubscribeToEvents, TokenscopeEvent, TokenscopeEventListener } from '../../../shared/contract/events.js';

/** Where the services publish what the renderer should hear of, and each shell's transport subscribes. */
export interface EventHub {
  publish(event: TokenscopeEvent): void;
  subscribe: SubscribeToEvents;
}

export function createEventHub(): EventHub {
  const listeners = new Set<TokenscopeEventListener>();
  return {
    publish(event) {
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
  };
}
