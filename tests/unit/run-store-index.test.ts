// The run store answers "which run holds this token" from an index (every replay asks it): the same answers as a
// scan of the runs, newest first, through puts, replacements and evictions.
import { describe, expect, it } from 'vitest';
import { RunStore, type StoredRun } from '../../electron/services/flows/run-store.js';

const run = (runId: string, access?: string, refresh?: string): StoredRun =>
  ({
    runId,
    issuer: 'http://issuer',
    client: { clientId: 'c' },
    rawTimeline: [],
    ...(access
      ? { tokens: { access_token: access, token_type: 'Bearer', ...(refresh ? { refresh_token: refresh } : {}) } }
      : {}),
  }) as StoredRun;

/** What the store answered before the index: the newest run (last put) that received the token. */
const scan = (runs: StoredRun[], token: string, which: 'access_token' | 'refresh_token') =>
  [...runs].reverse().find((r) => r.tokens?.[which] === token)?.runId;

describe('RunStore: runs by the tokens they received', () => {
  it.each([
    { name: 'one run', puts: [run('a', 'at1', 'rt1')], limit: 5 },
    { name: 'the newest of two with the same token', puts: [run('a', 'at1'), run('b', 'at1')], limit: 5 },
    { name: 'a run put again with new tokens', puts: [run('a', 'at1', 'rt1'), run('a', 'at2', 'rt2')], limit: 5 },
    {
      name: 'a replaced run, an older one still holding its token',
      puts: [run('a', 'at1'), run('b', 'at1'), run('b', 'at2')],
      limit: 5,
    },
    { name: 'evicted, the token gone', puts: [run('a', 'at1'), run('b', 'at2'), run('c', 'at3')], limit: 2 },
    {
      name: 'evicted, a newer run still holding the token',
      puts: [run('a', 'at1', 'rt1'), run('b', 'at1', 'rt1'), run('c', 'at3')],
      limit: 2,
    },
    { name: 'a failed run (no tokens)', puts: [run('a', 'at1'), run('a')], limit: 5 },
  ])('$name', ({ puts, limit }) => {
    const store = new RunStore(limit);
    const kept: StoredRun[] = [];
    for (const put of puts) {
      store.put(put);
      const at = kept.findIndex((r) => r.runId === put.runId);
      if (at >= 0) kept.splice(at, 1);
      kept.push(put);
      while (kept.length > limit) kept.shift();
    }
    for (const token of ['at1', 'at2', 'at3'])
      expect(store.holdingAccessToken(token)?.runId).toBe(scan(kept, token, 'access_token'));
    for (const token of ['rt1', 'rt2']) expect(store.holding(token)?.runId).toBe(scan(kept, token, 'refresh_token'));
  });
});
