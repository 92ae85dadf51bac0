import { describe, expect, it } from 'vitest';
import { requestSignal } from '../../electron/services/tenant/request-signal.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A tenant read's request ends on the read's own signal or on its time bound, and says which.
describe('requestSignal', () => {
  it('ends on its time bound, and says it timed out', async () => {
    const read = new AbortController();
    const bound = requestSignal(read.signal, 10);
    await tick(40);
    expect(bound.signal.aborted).toBe(true);
    expect(bound.timedOut()).toBe(true);
    expect(read.signal.aborted).toBe(false);
    bound.done();
  });

  it('ends when the read ends, and says it did not time out', () => {
    const read = new AbortController();
    const bound = requestSignal(read.signal, 10_000);
    read.abort(new Error('read over'));
    expect(bound.signal.aborted).toBe(true);
    expect(bound.signal.reason).toEqual(new Error('read over'));
    expect(bound.timedOut()).toBe(false);
    bound.done();
  });

  it('starts ended when the read already has', () => {
    const read = new AbortController();
    read.abort();
    const bound = requestSignal(read.signal, 10_000);
    expect(bound.signal.aborted).toBe(true);
    bound.done();
  });

  it('once done, neither the timer nor the read ends it', async () => {
    const read = new AbortController();
    const bound = requestSignal(read.signal, 10);
    bound.done();
    await tick(40);
    read.abort();
    expect(bound.signal.aborted).toBe(false);
    expect(bound.timedOut()).toBe(false);
  });
});
