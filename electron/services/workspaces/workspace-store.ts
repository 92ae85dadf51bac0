/**
 * Workspaces on disk, under `<dataDir>/workspaces/`: `workspaces.json` (names, saved requests; atomic with a
 * backup) and one JSON-lines history log per workspace. A workspace's connections are in the connection store,
 * each naming its workspace. Nothing stored is a secret: tokens are kept as references and masks, credential
 * headers are masked before an entry reaches the log.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compileHistoryQuery } from '../../../shared/replay/history-filter.js';
import { maskHistoryEntry, maskReplayRequest, stripSecretHeaders } from '../../../shared/replay/mask-history-entry.js';
import type { KnownSecrets } from '../../../shared/security/masking/mask.js';
import {
  summarize,
  type HistoryEntry,
  type HistoryPage,
  type ListHistoryRequest,
  type ReplayRequest,
} from '../../../shared/replay/types.js';
import {
  DEFAULT_WORKSPACE_ID,
  type SavedRequest,
  type Workspace,
  type WorkspaceConnection,
  type WorkspaceExport,
  type WorkspaceList,
} from '../../../shared/replay/workspace.js';
import { exportWorkspace, parseWorkspaceExport } from '../../../shared/replay/workspace-export.js';
import { HistoryLog } from './history-log.js';
import { JsonFileWithBackup } from './json-file-with-backup.js';

interface WorkspacesDocument {
  version: 1;
  workspaces: Workspace[];
}

export { DEFAULT_WORKSPACE_ID };
/** Per workspace; older calls are compacted away. */
export const HISTORY_CAP = 20_000;
/** History keeps bodies up to this size: enough for API answers, bounded for 20,000 entries. */
export const HISTORY_BODY_LIMIT = 64 * 1024;

function validateDocument(data: unknown): WorkspacesDocument | string {
  const doc = data as WorkspacesDocument;
  if (typeof doc !== 'object' || doc === null || doc.version !== 1 || !Array.isArray(doc.workspaces))
    return 'it is not a Tokenscope workspaces file (version 1)';
  for (const w of doc.workspaces) {
    if (typeof w?.id !== 'string' || typeof w.name !== 'string' || !Array.isArray(w.savedRequests)) {
      return 'a workspace in it lacks its id, name or saved requests';
    }
  }
  return doc;
}

function defaultWorkspace(now: Date): Workspace {
  return { id: DEFAULT_WORKSPACE_ID, name: 'Default', createdAt: now.toISOString(), savedRequests: [] };
}

/** What history keeps of an entry: credential headers and secret body fields masked, body bounded. */
/** Bounded and masked, by name, by shape and by the session's `known` tokens: the one place entries are masked. */
export function forHistory(entry: HistoryEntry, known: KnownSecrets = []): HistoryEntry {
  const response = entry.response;
  const bounded =
    response && response.body.length > HISTORY_BODY_LIMIT
      ? { ...response, body: response.body.slice(0, HISTORY_BODY_LIMIT), bodyTruncated: true }
      : response;
  return maskHistoryEntry(bounded === response ? entry : { ...entry, response: bounded }, known);
}

/** An import, before its connections are handed to the connection store (which gives them ids and asks for secrets). */
export interface ImportedWorkspace {
  workspace: Workspace;
  importedHistory: number;
  connections: WorkspaceConnection[];
  notices: string[];
}

/**
 * A workspace's `connections` as versions before the connection store wrote them into workspaces.json (id, name,
 * issuer, clients with `needsSecret`). Read as they are, never written: they move into the connection store.
 */
export interface LegacyConnections {
  workspaceId: string;
  workspaceName: string;
  connections: unknown[];
}

type WithLegacyConnections = Workspace & { connections?: unknown };

export class WorkspaceStore {
  private document: WorkspacesDocument = { version: 1, workspaces: [] };
  private readonly histories = new Map<string, { log: HistoryLog; entries: HistoryEntry[] }>();
  private readonly file: JsonFileWithBackup<WorkspacesDocument>;
  /** Repairs made while loading, shown to the user until they dismiss them. */
  notices: string[] = [];
  /** Told of each new notice, so the renderer hears of it without asking. */
  onNotice?: () => void;
  /** Told of each change to a workspace's number of calls, so every window's selector shows the count. */
  onHistoryChanged?: (workspaceId: string, historyCount: number) => void;

  private constructor(readonly dir: string) {
    this.file = new JsonFileWithBackup(join(dir, 'workspaces.json'), validateDocument);
  }

  /** Settles once every workspace's history is parsed; what reads or writes history waits for it. */
  historiesLoaded: Promise<void> = Promise.resolve();

  /** The store with every history loaded. */
  static async open(dir: string): Promise<WorkspaceStore> {
    const store = await WorkspaceStore.openDocument(dir);
    await store.historiesLoaded;
    return store;
  }

  /**
   * The store once its workspaces are known; histories go on loading behind `historiesLoaded`. Listing a workspace's
   * connections needs only this, so a long history (10,000 calls take ~100 ms to parse) does not hold up the first screen.
   */
  static async openDocument(dir: string): Promise<WorkspaceStore> {
    const store = new WorkspaceStore(dir);
    let readable = true;
    try {
      const loaded = await store.file.load();
      store.notices.push(...loaded.notices);
      if (loaded.value) store.document = loaded.value;
    } catch (error) {
      // The rest of the app keeps working on an empty Default workspace; nothing is written over the file.
      readable = false;
      store.addNotice(`${(error as Error).message} Until then Tokenscope shows an empty Default workspace.`);
    }
    if (!store.document.workspaces.some((w) => w.id === DEFAULT_WORKSPACE_ID)) {
      store.document.workspaces.unshift(defaultWorkspace(new Date()));
      if (readable) await store.persist();
    }
    store.historiesLoaded = (async () => {
      for (const workspace of [...store.document.workspaces]) await store.loadHistory(workspace.id);
    })();
    return store;
  }

  private historyFile(workspaceId: string): string {
    // Ids are ours (uuid or "default"), but keep the file name safe whatever the document says.
    return join(this.dir, 'history', `${workspaceId.replace(/[^\w-]/g, '_')}.jsonl`);
  }

  private async loadHistory(workspaceId: string): Promise<void> {
    const log = new HistoryLog(this.historyFile(workspaceId), HISTORY_CAP);
    const name = this.document.workspaces.find((w) => w.id === workspaceId)?.name ?? workspaceId;
    let loaded: { entries: HistoryEntry[]; notices: string[] };
    try {
      loaded = await log.load();
    } catch (error) {
      // One unreadable log costs its own history only; the log refuses appends with the same reason.
      loaded = { entries: [], notices: [(error as Error).message] };
    }
    for (const notice of loaded.notices) this.addNotice(`History of "${name}": ${notice}`);
    this.histories.set(workspaceId, { log, entries: loaded.entries });
  }

  /** A notice for the user, once: the same problem met by every call is said one time. */
  addNotice(notice: string): void {
    if (this.notices.includes(notice)) return;
    this.notices.push(notice);
    this.onNotice?.();
  }

  private persist(): Promise<void> {
    return this.file.save(this.document);
  }

  /** Workspaces whose legacy `connections` field is still in the file; it stays there until settled. */
  legacyConnections(): LegacyConnections[] {
    return this.document.workspaces.flatMap((w) => {
      const legacy = (w as WithLegacyConnections).connections;
      return Array.isArray(legacy)
        ? [{ workspaceId: w.id, workspaceName: w.name, connections: legacy as unknown[] }]
        : [];
    });
  }

  /** Drops the legacy field once its entries are in the connection store; `kept` (entries that could not move) stays. */
  async settleLegacyConnections(workspaceId: string, kept: unknown[]): Promise<void> {
    this.file.assertWritable();
    const workspace: WithLegacyConnections = this.workspace(workspaceId);
    if (kept.length > 0) workspace.connections = kept;
    else delete workspace.connections;
    await this.persist();
  }

  workspace(id = DEFAULT_WORKSPACE_ID): Workspace {
    const workspace = this.document.workspaces.find((w) => w.id === id);
    if (!workspace) throw new Error(`There is no workspace "${id}". Pick one from the list of workspaces.`);
    return workspace;
  }

  list(): WorkspaceList {
    return {
      workspaces: this.document.workspaces.map((w) => ({
        ...w,
        historyCount: this.histories.get(w.id)?.entries.length ?? 0,
      })),
      notices: [...this.notices],
    };
  }

  /** Only the notices the user saw: one that arrived since stays until it is seen. */
  dismissNotices(seen: readonly string[]): void {
    this.notices = this.notices.filter((n) => !seen.includes(n));
  }

  async create(name: string): Promise<Workspace> {
    this.file.assertWritable();
    const workspace: Workspace = {
      ...defaultWorkspace(new Date()),
      id: crypto.randomUUID(),
      name: name.trim() || 'Untitled workspace',
    };
    this.document.workspaces.push(workspace);
    this.histories.set(workspace.id, { log: new HistoryLog(this.historyFile(workspace.id), HISTORY_CAP), entries: [] });
    await this.persist();
    return workspace;
  }

  async remove(id: string): Promise<void> {
    this.file.assertWritable();
    if (id === DEFAULT_WORKSPACE_ID)
      throw new Error('The default workspace cannot be removed; clear its history or rename it instead.');
    this.workspace(id);
    this.document.workspaces = this.document.workspaces.filter((w) => w.id !== id);
    await this.persist();
    const history = this.histories.get(id);
    this.histories.delete(id);
    if (history) await history.log.delete();
    else await rm(this.historyFile(id), { force: true });
  }

  async saveRequest(workspaceId: string, name: string, request: ReplayRequest): Promise<SavedRequest> {
    this.file.assertWritable();
    const workspace = this.workspace(workspaceId);
    const saved: SavedRequest = {
      id: crypto.randomUUID(),
      name: name.trim() || `${request.method} ${request.url}`,
      createdAt: new Date().toISOString(),
      // The token is picked when sending; a saved request never carries credentials.
      request: maskReplayRequest({ ...request, headers: stripSecretHeaders(request.headers) }),
    };
    workspace.savedRequests.push(saved);
    await this.persist();
    return saved;
  }

  async deleteRequest(workspaceId: string, requestId: string): Promise<void> {
    this.file.assertWritable();
    const workspace = this.workspace(workspaceId);
    workspace.savedRequests = workspace.savedRequests.filter((r) => r.id !== requestId);
    await this.persist();
  }

  /**
   * The entry as history keeps it (bounded, masked once, here) and its write. `known`: the tokens of the session,
   * masked wherever they show up (an API echoing one back, one in a URL). The caller answers with `stored` once
   * `written` settles, without looking the entry up again or masking it a second time.
   */
  recordHistory(entry: HistoryEntry, known: KnownSecrets = []): { stored?: HistoryEntry; written: Promise<void> } {
    const history = this.histories.get(entry.workspaceId);
    if (!history)
      return {
        written: Promise.reject(new Error(`There is no workspace "${entry.workspaceId}" to record this call in.`)),
      };
    const stored = forHistory(entry, known);
    history.entries.push(stored);
    if (history.entries.length > HISTORY_CAP) history.entries.splice(0, history.entries.length - HISTORY_CAP);
    this.onHistoryChanged?.(entry.workspaceId, history.entries.length);
    return { stored, written: history.log.append(stored, () => history.entries) };
  }

  /** Newest first. */
  listHistory(request: ListHistoryRequest): HistoryPage {
    const entries = this.histories.get(request.workspaceId ?? DEFAULT_WORKSPACE_ID)?.entries ?? [];
    const matches = compileHistoryQuery(request.query);
    const offset = Math.max(0, request.offset ?? 0);
    const limit = Math.max(0, request.limit ?? 100);
    const page = [];
    let total = 0;
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const summary = summarize(entries[i]!);
      if (!matches(summary)) continue;
      if (total >= offset && page.length < limit) page.push(summary);
      total += 1;
    }
    return { total, offset, entries: page };
  }

  historyEntry(id: string): HistoryEntry | undefined {
    for (const { entries } of this.histories.values()) {
      for (let i = entries.length - 1; i >= 0; i -= 1) if (entries[i]!.id === id) return entries[i];
    }
    return undefined;
  }

  async clearHistory(workspaceId: string): Promise<void> {
    const history = this.histories.get(workspaceId);
    if (!history) return;
    history.entries = [];
    this.onHistoryChanged?.(workspaceId, 0);
    await history.log.rewrite([]);
  }

  export(workspaceId: string, includeHistory: boolean, connections: WorkspaceConnection[] = []): WorkspaceExport {
    const workspace = this.workspace(workspaceId);
    return exportWorkspace(
      workspace,
      connections,
      includeHistory ? this.histories.get(workspaceId)?.entries : undefined,
    );
  }

  async import(text: string): Promise<ImportedWorkspace> {
    this.file.assertWritable();
    const parsed = parseWorkspaceExport(text);
    const base = parsed.workspace.name;
    const taken = new Set(this.document.workspaces.map((w) => w.name));
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = `${base} (${n})`;
    const workspace: Workspace = { ...parsed.workspace, id: crypto.randomUUID(), name };
    this.document.workspaces.push(workspace);
    const entries: HistoryEntry[] = parsed.history
      .map((e) => ({ ...e, id: crypto.randomUUID(), workspaceId: workspace.id }))
      .slice(-HISTORY_CAP);
    const log = new HistoryLog(this.historyFile(workspace.id), HISTORY_CAP);
    this.histories.set(workspace.id, { log, entries });
    await log.rewrite(entries);
    await this.persist();
    return { workspace, importedHistory: entries.length, connections: parsed.connections, notices: parsed.notices };
  }

  async close(): Promise<void> {
    for (const { log } of this.histories.values()) await log.close();
  }
}
