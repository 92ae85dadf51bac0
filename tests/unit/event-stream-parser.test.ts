import { describe, expect, it } from 'vitest';
import { createEventStreamParser, eventFrame, type TokenscopeEvent } from '../../shared/contract/events.js';

const ended: TokenscopeEvent = { type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'r1' } };
const world: TokenscopeEvent = { type: 'world-applied' };

function parse(chunks: string[]): TokenscopeEvent[] {
  const heard: TokenscopeEvent[] = [];
  const feed = createEventStreamParser((event) => heard.push(event));
  chunks.forEach(feed);
  return heard;
}

const framed = eventFrame(ended) + eventFrame(world);

describe('reading the browser host\'s event stream', () => {
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
