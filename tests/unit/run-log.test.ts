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
