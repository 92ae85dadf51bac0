// history-changed is pushed once per turn of the event loop per workspace, with the count as it stands then.
import { describe, expect, it } from 'vitest';
import type { TokenscopeEvent } from '../../shared/contract/events.js';
import { coalescedHistoryChanges } from '../../electron/services/events/coalesced-history-changes.js';

function setUp() {
  const published: TokenscopeEvent[] = [];
  const turns: (() => void)[] = [];
  const changed = coalescedHistoryChanges({ publish: (e) => published.push(e) }, (run) => turns.push(run));
  const endTurn = () => turns.splice(0).forEach((run) => run());
  return { published, changed, endTurn };
}

describe('coalescedHistoryChanges', () => {
  it.each([
    { name: 'one call', changes: [['w1', 1]], expected: [['w1', 1]] },
    {
      name: '100 calls in one turn',
      changes: Array.from({ length: 100 }, (_, i) => ['w1', i + 1]),
      expected: [['w1', 100]],
    },
    {
      name: 'two workspaces',
      changes: [
        ['w1', 5],
        ['w2', 1],
        ['w1', 6],
      ],
      expected: [
        ['w1', 6],
        ['w2', 1],
      ],
    },
    {
      name: 'a clear after calls',
      changes: [
        ['w1', 7],
        ['w1', 0],
      ],
      expected: [['w1', 0]],
    },
  ] as { name: string; changes: [string, number][]; expected: [string, number][] }[])(
    '$name: one event per workspace, the last count',
    ({ changes, expected }) => {
      const { published, changed, endTurn } = setUp();
      for (const [workspaceId, count] of changes) changed(workspaceId, count);
      expect(published).toEqual([]);
      endTurn();
      expect(published).toEqual(
        expected.map(([workspaceId, historyCount]) => ({ type: 'history-changed', workspaceId, historyCount })),
      );
    },
  );

  it('the next turn publishes again', () => {
    const { published, changed, endTurn } = setUp();
    changed('w1', 1);
    endTurn();
    changed('w1', 2);
    endTurn();
    expect(published.map((e) => (e as { historyCount: number }).historyCount)).toEqual([1, 2]);
  });
});
