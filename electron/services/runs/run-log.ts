import { randomUUID } from 'node:crypto';
import type { RunRecord } from '../../../shared/contract/run-record.js';

/**
 * Every workspace's runs, masked as the renderer sees them, so a reload or a second window lists them again.
 * In memory only, like the runs' secrets (`flows/run-store.ts`): access tokens in a result must not reach disk.
 * Bounded per workspace; the oldest go first. Indexed by id, because every run added asks whether it is listed
 * already: a scan of every list, and a copy of the workspace's list per run, showed under load (`npm run bench load`).
 */
export class RunLog {
  private readonly byWorkspace = new Map<string, RunRecord[]>();
  private readonly byId = new Map<string, RunRecord>();

  constructor(private readonly limitPerWorkspace = 200) {}

  /** A run already listed (the same `runId` delivered by a pasted redirect and by the long poll) is kept once. */
  add(record: Omit<RunRecord, 'id' | 'at'> & { at?: string }): RunRecord {
    const id = record.result.runId ?? `run-${randomUUID()}`;
    const known = this.byId.get(id);
    if (known) return known;
    const added: RunRecord = { ...record, id, at: record.at ?? new Date().toISOString() };
    let list = this.byWorkspace.get(record.workspaceId);
    if (!list) this.byWorkspace.set(record.workspaceId, (list = []));
    list.push(added);
    this.byId.set(id, added);
    if (list.length > this.limitPerWorkspace) this.dropOldest(list);
    return added;
  }

  list(workspaceId: string): RunRecord[] {
    return [...(this.byWorkspace.get(workspaceId) ?? [])];
  }

  find(id: string): RunRecord | undefined {
    return this.byId.get(id);
  }

  forgetWorkspace(workspaceId: string): void {
    for (const record of this.byWorkspace.get(workspaceId) ?? []) this.byId.delete(record.id);
    this.byWorkspace.delete(workspaceId);
  }

  private dropOldest(list: RunRecord[]): void {
    for (const gone of list.splice(0, list.length - this.limitPerWorkspace)) this.byId.delete(gone.id);
  }
}
