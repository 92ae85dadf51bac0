import { join } from 'node:path';
import type { ConnectionKnowledge } from '../../../shared/contract/connection-knowledge.js';
import type { FlowResult } from '../../../shared/contract/flow.js';
import { JsonFilePerWorkspace } from '../workspaces/json-file-per-workspace.js';
import { learnFromRun } from './learn-from-run.js';

interface KnowledgeDocument {
  connections: Record<string, Omit<ConnectionKnowledge, 'connectionId'>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function validate(data: unknown): KnowledgeDocument | string {
  if (!isRecord(data) || !isRecord(data.connections)) return 'it has no "connections" object';
  for (const entry of Object.values(data.connections)) {
    if (!isRecord(entry) || !isStrings(entry.scopes) || !Array.isArray(entry.resources)) {
      return 'a connection in it lacks its resources or scopes';
    }
    for (const r of entry.resources as unknown[]) {
      if (!isRecord(r) || typeof r.indicator !== 'string' || !isStrings(r.scopes)) {
        return 'a resource in it lacks its indicator or scopes';
      }
    }
  }
  return data as unknown as KnowledgeDocument;
}

/**
 * Per workspace, a small JSON file (atomic, with a backup, as connections.json) of the resources and scopes used on
 * each connection: names a user typed, never a token or secret. Written whenever a run is sent.
 */
export class ConnectionKnowledgeStore {
  private readonly documents: JsonFilePerWorkspace<KnowledgeDocument>;

  constructor(dataDir: string) {
    this.documents = new JsonFilePerWorkspace(
      join(dataDir, 'knowledge'),
      validate,
      {
        content: 'remembered API resources and scopes',
        check: 'the resources offered by the pickers may be fewer',
        recover: 'They come back as you run flows again.',
      },
      () => ({ connections: {} }),
    );
  }

  /** Repairs made while loading, for the user. */
  get notices(): string[] {
    return this.documents.notices;
  }

  private open(workspaceId: string) {
    return this.documents.open(workspaceId);
  }

  async get(workspaceId: string, connectionId: string): Promise<ConnectionKnowledge> {
    const document = await this.open(workspaceId).document;
    return { connectionId, resources: [], scopes: [], ...document.connections[connectionId] };
  }

  async learn(
    workspaceId: string,
    connectionId: string,
    request: { resources: string[]; scopes: string[] },
    result?: FlowResult,
  ): Promise<void> {
    const { file, document } = this.open(workspaceId);
    const current = await document;
    // Read from the document in hand, not through get(): a second open and await per run, twice per run.
    const known = { connectionId, resources: [], scopes: [], ...current.connections[connectionId] };
    const next = learnFromRun(known, request, result);
    // Nothing new (learnFromRun hands back what it was given): no copy to compare, nothing to write.
    if (next === known && connectionId in current.connections) return;
    const { connectionId: _id, ...kept } = next;
    const before = JSON.stringify(current.connections[connectionId] ?? {});
    if (JSON.stringify(kept) === before) return;
    current.connections[connectionId] = kept;
    await file.save(current);
  }

  async forget(workspaceId: string, connectionId: string): Promise<void> {
    const { file, document } = this.open(workspaceId);
    const current = await document;
    if (!(connectionId in current.connections)) return;
    delete current.connections[connectionId];
    await file.save(current);
  }
}
