import { DPOP_LIMITS } from './dpop-limits.js';

/**
 * The `jti` of every proof the sample API accepted while it could still be replayed (RFC 9449 §11.1), bounded by
 * DPOP_LIMITS. Entries are kept in the order they expire (each lives the same time from its arrival), so forgetting
 * the expired ones is a walk from the front.
 */
export class DpopReplayCache {
  private readonly seen = new Map<string, number>();

  constructor(private readonly limit: number = DPOP_LIMITS.JTI_CACHE_LIMIT) {}

  /** `seen` when the jti was used before, `full` when no room is left for it, else records it. */
  remember(jti: string, nowSeconds: number): 'recorded' | 'seen' | 'full' {
    for (const [key, expires] of this.seen) {
      if (expires > nowSeconds) break;
      this.seen.delete(key);
    }
    if (this.seen.has(jti)) return 'seen';
    if (this.seen.size >= this.limit) return 'full';
    this.seen.set(jti, nowSeconds + 2 * DPOP_LIMITS.IAT_WINDOW_SECONDS);
    return 'recorded';
  }
}
