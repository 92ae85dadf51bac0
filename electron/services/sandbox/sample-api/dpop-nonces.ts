import { randomBytes } from 'node:crypto';
import { DPOP_LIMITS } from './dpop-limits.js';

/**
 * Nonces the sample API hands out in `DPoP-Nonce` (RFC 9449 §9): random, replaced every NONCE_LIFETIME_SECONDS; the
 * one replaced stays good for one more lifetime, so a client that just received it is not refused at the turn.
 */
export class DpopNonces {
  private current = { value: '', since: -Infinity };
  private previous = '';

  /** The nonce to hand out now. */
  issue(nowSeconds: number): string {
    if (nowSeconds - this.current.since >= DPOP_LIMITS.NONCE_LIFETIME_SECONDS) {
      this.previous = this.current.value;
      this.current = { value: randomBytes(16).toString('base64url'), since: nowSeconds };
    }
    return this.current.value;
  }

  accepts(nonce: unknown, nowSeconds: number): boolean {
    this.issue(nowSeconds);
    return typeof nonce === 'string' && nonce !== '' && (nonce === this.current.value || nonce === this.previous);
  }
}
