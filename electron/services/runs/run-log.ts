import { randomUUID } from 'node:crypto';
import type { RunRecord } from '../../../shared/contract/run-record.js';

/**
 * Every workspace's runs, masked as the renderer sees them, so a reload or a second window lists them again.
 * In memory only, like the runs' secrets (`flows/run-store.ts`): access tokens in a result must not reach disk.
 * Bounded per workspace; the oldest go first.
 */
export class RunLog {
  private readonly byWorkspace = new Map<string, RunRecord[]>();

  constructor(private readonly limitPerWorkspace = 200) {}

  /** A run already listed (the same `runId` delivered by a pasted redirect and by the long poll) is kept once. */
  add(record: Omit<RunRecord, 'id' | 'at'> & { at?: string }): RunRecord {
    const id = record.result.runId ?? `run-${randomUUID()}`;
    const known = this.find(id);
    if (known) return known;
    const added: RunRecord = { ...record, id, at: record.at ?? new Date().toISOString() };
    const list = [...(this.byWorkspace.get(record.workspaceId) ?? []), added];
    this.byWorkspace.set(record.workspaceId, list.slice(-this.limitPerWorkspace));
    return added;
  }

  list(workspaceId: string): RunRecord[] {
    return [...(this.byWorkspace.get(workspaceId) ?? [])];
  }

  find(id: string): RunRecord | undefined {
    for (const list of this.byWorkspace.values()) {
      const found = list.find((r) => r.id === id);
      if (found) return found;
    }
    return undefined;
  }

  forgetWorkspace(workspaceId: string): void {
    this.byWorkspace.delete(workspaceId);
  }
}
