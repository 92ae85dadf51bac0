import { describe, expect, it } from 'vitest';
import { RunLog } from '../../electron/services/runs/run-log.js';
import type { FlowResult } from '../../shared/contract/flow.js';

const failed = (runId?: string): FlowResult => ({
  ok: false,
  grant: 'client_credentials',
  issuer: 'https://issuer.example',
  durationMs: 1,
  timeline: [],
  ...(runId ? { runId } : {}),
  error: { error: 'invalid_client', explanation: 'e', fix: 'f' },
});

const record = (workspaceId: string, result: FlowResult) => ({
  workspaceId,
  connectionId: 'c',
  connectionName: 'C',
  clientId: 'app',
  grant: result.grant,
  label: 'Client credentials',
  request: { resources: [], scopes: [] },
  result,
});

describe('RunLog', () => {
  it('keeps a run delivered twice (pasted redirect and long poll) once, and names a run without a run id', () => {
    const log = new RunLog();
    log.add(record('w', failed('run-1')));
    log.add(record('w', failed('run-1')));
    log.add(record('w', failed()));
    const ids = log.list('w').map((r) => r.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('run-1');
    expect(ids[1]).toMatch(/^run-/);
  });

  it('lists each workspace alone, bounded, the oldest dropped first', () => {
    const log = new RunLog(2);
    for (const id of ['a', 'b', 'c']) log.add(record('w1', failed(id)));
    log.add(record('w2', failed('d')));
    expect(log.list('w1').map((r) => r.id)).toEqual(['b', 'c']);
    expect(log.list('w2').map((r) => r.id)).toEqual(['d']);
    expect(log.find('a')).toBeUndefined();
  });
});

describe('RunLog: found by id through evictions and forgotten workspaces', () => {
  it.each([
    { name: 'listed', limit: 5, adds: [['w', 'a']], forget: [], found: ['a'], missing: [] },
    {
      name: 'evicted, then added again',
      limit: 1,
      adds: [
        ['w', 'a'],
        ['w', 'b'],
        ['w', 'a'],
      ],
      forget: [],
      found: ['a'],
      missing: ['b'],
    },
    {
      name: 'its workspace forgotten',
      limit: 5,
      adds: [
        ['w1', 'a'],
        ['w2', 'b'],
      ],
      forget: ['w1'],
      found: ['b'],
      missing: ['a'],
    },
    {
      name: 'the same id in a second workspace is kept once',
      limit: 5,
      adds: [
        ['w1', 'a'],
        ['w2', 'a'],
      ],
      forget: [],
      found: ['a'],
      missing: [],
    },
  ])('$name', ({ limit, adds, forget, found, missing }) => {
    const log = new RunLog(limit);
    for (const [workspaceId, id] of adds) log.add(record(workspaceId!, failed(id)));
    for (const workspaceId of forget) log.forgetWorkspace(workspaceId);
    for (const id of found) expect(log.find(id)?.id).toBe(id);
    for (const id of missing) expect(log.find(id)).toBeUndefined();
    const listed = [...new Set(adds.map(([w]) => w!))].flatMap((w) => log.list(w).map((r) => r.id));
    expect(listed.sort()).toEqual(found.sort());
  });

  it('returns a copy: a list read before an add does not change', () => {
    const log = new RunLog(2);
    log.add(record('w', failed('a')));
    const before = log.list('w');
    log.add(record('w', failed('b')));
    log.add(record('w', failed('c')));
    expect(before.map((r) => r.id)).toEqual(['a']);
    expect(log.list('w').map((r) => r.id)).toEqual(['b', 'c']);
  });
});
