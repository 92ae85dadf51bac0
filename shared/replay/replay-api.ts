/**
 * The replay and workspace calls of the contract (`TokenscopeApi` extends this). Kept beside the replay models so
 * the contract file stays one list of areas.
 */
import type { HistoryEntry, HistoryPage, ListHistoryRequest, ReplayRequest, SendApiRequest, SendApiResult } from './types.js';
import { MAX_TIME_LIMITS } from './replay-limits.js';
import type { ImportWorkspaceResult, SavedRequest, Workspace, WorkspaceExport, WorkspaceList } from './workspace.js';

export interface ReplayApi {
  /** Sends an API call from the main side (no CORS) with the chosen token; the answer is explained and kept in history. */
  sendApiRequest(request: SendApiRequest): Promise<SendApiResult>;
  /** History of a workspace, newest first, filtered by a search query (`status:4xx`, `method:DELETE`, words). */
  listHistory(request: ListHistoryRequest): Promise<HistoryPage>;
  /** One history entry in full: request (credentials masked), response, explanations. */
  getHistoryEntry(request: { id: string }): Promise<HistoryEntry>;
  clearHistory(request: { workspaceId: string }): Promise<void>;
  /** Workspaces, and what the store repaired when it loaded (damaged file restored from its backup…). */
  listWorkspaces(): Promise<WorkspaceList>;
  createWorkspace(request: { name: string }): Promise<Workspace>;
  deleteWorkspace(request: { workspaceId: string }): Promise<void>;
  /** Dismisses the notices the user saw (as listed); one that arrived since stays. */
  dismissWorkspaceNotices(request: { notices: string[] }): Promise<void>;
  /** Saves a request without its credentials; the token is picked when it is sent. */
  saveRequest(request: { workspaceId: string; name: string; request: ReplayRequest }): Promise<SavedRequest>;
  deleteSavedRequest(request: { workspaceId: string; requestId: string }): Promise<void>;
  /** JSON without a secret: no tokens, client secrets or Authorization headers. */
  exportWorkspace(request: { workspaceId: string; includeHistory: boolean }): Promise<WorkspaceExport>;
  /** Reads an export; lists the client secrets the user must enter again. */
  importWorkspace(request: { text: string }): Promise<ImportWorkspaceResult>;
}

export const REPLAY_API_METHODS = [
  'sendApiRequest',
  'listHistory',
  'getHistoryEntry',
  'clearHistory',
  'listWorkspaces',
  'createWorkspace',
  'deleteWorkspace',
  'dismissWorkspaceNotices',
  'saveRequest',
  'deleteSavedRequest',
  'exportWorkspace',
  'importWorkspace',
] as const satisfies readonly (keyof ReplayApi)[];

const header = { type: 'object', additionalProperties: false, required: ['name', 'value'], properties: { name: { type: 'string', maxLength: 1000 }, value: { type: 'string', maxLength: 100_000 } } };
const replayRequest = {
  type: 'object',
  additionalProperties: false,
  required: ['method', 'url', 'headers'],
  properties: {
    method: { type: 'string', minLength: 1, maxLength: 32 },
    url: { type: 'string', minLength: 1, maxLength: 16_000 },
    headers: { type: 'array', items: header, maxItems: 200 },
    body: { type: 'string', maxLength: 10_000_000 },
    maxTimeSeconds: { type: 'number', minimum: MAX_TIME_LIMITS.minSeconds, maximum: MAX_TIME_LIMITS.maxSeconds },
  },
};
const id = { type: 'string', minLength: 1, maxLength: 200 };
const only = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: 'object', additionalProperties: false, required, properties });

/** JSON Schemas of the replay calls' arguments, merged into API_ARGUMENT_SCHEMAS. */
export const REPLAY_ARGUMENT_SCHEMAS: Record<keyof ReplayApi, Record<string, unknown>> = {
  sendApiRequest: only(
    {
      workspaceId: id,
      request: replayRequest,
      token: {
        oneOf: [
          only({ kind: { const: 'none' } }),
          only({ kind: { const: 'token' }, token: { type: 'string', minLength: 1, maxLength: 100_000 } }),
          only({ kind: { const: 'reference' }, ref: id }),
        ],
      },
    },
    ['request', 'token'],
  ),
  listHistory: only({ workspaceId: id, query: { type: 'string', maxLength: 1000 }, offset: { type: 'integer', minimum: 0 }, limit: { type: 'integer', minimum: 0, maximum: 20_000 } }, []),
  getHistoryEntry: only({ id }),
  clearHistory: only({ workspaceId: id }),
  listWorkspaces: { type: 'null' },
  createWorkspace: only({ name: { type: 'string', maxLength: 200 } }),
  deleteWorkspace: only({ workspaceId: id }),
  dismissWorkspaceNotices: only({ notices: { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 10_000 } } }),
  saveRequest: only({ workspaceId: id, name: { type: 'string', maxLength: 200 }, request: replayRequest }),
  deleteSavedRequest: only({ workspaceId: id, requestId: id }),
  exportWorkspace: only({ workspaceId: id, includeHistory: { type: 'boolean' } }),
  importWorkspace: only({ text: { type: 'string', maxLength: 50_000_000 } }),
};
