import { describe, expect, it } from 'vitest';
import type { TokenscopeEvent } from '../../shared/contract/events.js';
import { subscribeAfter } from '../../renderer/src/api/subscribe-after.js';

/** A stream that records when it is opened and stopped, and lets the test push events through it. */
function fakeStream() {
  const log: string[] = [];
  let push: ((event: TokenscopeEvent) => void) | undefined;
  const subscribe = (listener: (event: TokenscopeEvent) => void) => {
    log.push('opened');
    push = listener;
    return () => void log.push('stopped');
  };
  return { log, subscribe, push: (event: TokenscopeEvent) => push?.(event) };
}

function gate() {
  const waiting: Array<() => void> = [];
  return { gate: (open: () => void) => void waiting.push(open), open: () => waiting.splice(0).forEach((o) => o()) };
}

const EVENT: TokenscopeEvent = { type: 'notices-changed' };

describe('subscribeAfter', () => {
  it('opens the stream only when the gate opens, and then delivers its events', () => {
    const stream = fakeStream();
    const g = gate();
    const seen: TokenscopeEvent[] = [];
    subscribeAfter(g.gate, stream.subscribe)((event) => void seen.push(event));
    expect(stream.log).toEqual([]);
    g.open();
    expect(stream.log).toEqual(['opened']);
    stream.push(EVENT);
    expect(seen).toEqual([EVENT]);
  });

  it('never opens a stream unsubscribed before the gate opened', () => {
    const stream = fakeStream();
    const g = gate();
    subscribeAfter(g.gate, stream.subscribe)(() => {})();
    g.open();
    expect(stream.log).toEqual([]);
  });

  it('stops an opened stream on unsubscribe', () => {
    const stream = fakeStream();
    const g = gate();
    const unsubscribe = subscribeAfter(g.gate, stream.subscribe)(() => {});
    g.open();
    unsubscribe();
    expect(stream.log).toEqual(['opened', 'stopped']);
  });
});
