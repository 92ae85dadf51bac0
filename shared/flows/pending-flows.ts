/**
 * Authorization requests waiting for their redirect, keyed by `state` (RFC 6749 §10.12: state binds the callback to
 * the request that started it). Each is one-shot and lives five minutes, as Bruno does: a replayed or late callback
 * finds nothing. Pure: the clock is passed in.
 */
export const PENDING_FLOW_TTL_MS = 5 * 60 * 1000;

export type TakeResult<T> = { ok: true; value: T } | { ok: false; reason: 'unknown' | 'expired'; message: string };

interface Pending<T> {
  value: T;
  expiresAt: number;
}

export class PendingFlows<T> {
  private readonly flows = new Map<string, Pending<T>>();

  constructor(private readonly ttlMs = PENDING_FLOW_TTL_MS) {}

  /** Returns when the flow stops waiting (ms since the epoch). */
  add(state: string, value: T, now: number): number {
    this.prune(now);
    const expiresAt = now + this.ttlMs;
    this.flows.set(state, { value, expiresAt });
    return expiresAt;
  }

  /** Removes the flow whatever the outcome: a state is good for one callback only. */
  take(state: string, now: number): TakeResult<T> {
    const pending = this.flows.get(state);
    this.flows.delete(state);
    if (!pending) {
      return {
        ok: false,
        reason: 'unknown',
        message:
          'This redirect matches no sign-in Tokenscope is waiting for: it was already used, it belongs to another run, or Tokenscope was restarted since. Start the flow again.',
      };
    }
    if (pending.expiresAt <= now) {
      return {
        ok: false,
        reason: 'expired',
        message: `This sign-in waited more than ${Math.round(this.ttlMs / 60_000)} minutes for its redirect and was given up. Start the flow again and finish signing in within that time.`,
      };
    }
    return { ok: true, value: pending.value };
  }

  peek(state: string, now: number): T | undefined {
    const pending = this.flows.get(state);
    return pending && pending.expiresAt > now ? pending.value : undefined;
  }

  /** Expired flows, removed; their owners may want to say so. */
  prune(now: number): T[] {
    const expired: T[] = [];
    for (const [state, pending] of this.flows) {
      if (pending.expiresAt <= now) {
        expired.push(pending.value);
        this.flows.delete(state);
      }
    }
    return expired;
  }

  get size(): number {
    return this.flows.size;
  }
}
