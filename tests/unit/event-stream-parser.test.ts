import { describe, expect, it } from 'vitest';
import { createEventStreamParser, eventFrame, type TokenscopeEvent } from '../../shared/contract/events.js';
import { createEventHub } from '../../electron/services/events/event-hub.js';

const ended: TokenscopeEvent = { type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'r1' } };
const world: TokenscopeEvent = { type: 'world-applied' };

function parse(chunks: string[]): TokenscopeEvent[] {
  const heard: TokenscopeEvent[] = [];
  const feed = createEventStreamParser((event) => heard.push(event));
  chunks.forEach(feed);
  return heard;
}

const framed = eventFrame(ended) + eventFrame(world);

describe("reading the browser host's event stream", () => {
  it.each([
    ['whole frames', [framed], [ended, world]],
    ['a frame cut mid-line', [framed.slice(0, 17), framed.slice(17)], [ended, world]],
    ['one character at a time', [...framed], [ended, world]],
    ['CRLF line ends', [framed.replaceAll('\n', '\r\n')], [ended, world]],
    ['keep-alive comments between frames', [': open\n\n', eventFrame(world), ': keep-alive\n\n'], [world]],
    ['a frame not yet ended by its blank line', [eventFrame(world).trimEnd() + '\n'], []],
    ['an event of a type the contract does not have', ['data: {"type":"run-everything"}\n\n'], []],
    ['data that is not JSON', ['data: {oops\n\n', eventFrame(world)], [world]],
    ['other fields (id, event, retry)', ['id: 1\nevent: x\nretry: 5\n' + eventFrame(world)], [world]],
  ] as const)('%s', (_name, chunks, expected) => {
    expect(parse([...chunks])).toEqual(expected);
  });
});

describe('the event hub', () => {
  it('keeps the last flows that ended, and only those, for a stream that reopens', () => {
    const hub = createEventHub();
    for (let i = 0; i < 25; i++) hub.publish({ ...ended, state: `s${i}` } as TokenscopeEvent);
    hub.publish(world);
    const kept = hub.recentEnds();
    expect(kept).toHaveLength(20);
    expect(kept[0]).toMatchObject({ state: 's5' });
    expect(kept.every((event) => event.type === 'authorization-ended')).toBe(true);
  });

  it('a listener that throws costs only its own delivery', () => {
    const hub = createEventHub();
    const heard: TokenscopeEvent[] = [];
    hub.subscribe(() => {
      throw new Error('window gone');
    });
    hub.subscribe((event) => heard.push(event));
    hub.publish(world);
    expect(heard).toEqual([world]);
  });
});
