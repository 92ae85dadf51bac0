/** The replay and workspace calls of the contract: API calls sent from the main side, their history, workspaces. */
import { Type, type Static } from '@sinclair/typebox';
import { method, NoArgument, OneOf, returns, StringEnum, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import { MAX_TIME_LIMITS, REPLAY_REQUEST_LIMITS as R } from '../../replay/replay-limits.js';
import type { HistoryEntry, HistoryPage, SendApiResult } from '../../replay/types.js';
import type {
  ImportWorkspaceResult,
  SavedRequest,
  Workspace,
  WorkspaceExport,
  WorkspaceList,
} from '../../replay/workspace.js';

const closed = { additionalProperties: false } as const;
const Id = () => Type.String({ minLength: 1, maxLength: L.id });

const ReplayHeaderSchema = Type.Object(
  { name: Type.String({ maxLength: R.headerName }), value: Type.String({ maxLength: R.headerValue }) },
  closed,
);
export type ReplayHeader = Static<typeof ReplayHeaderSchema>;

/** A request as the user composed it. The token travels apart (`TokenChoice`), never as a header here. */
const ReplayRequestSchema = Type.Object(
  {
    method: Type.String({ minLength: 1, maxLength: R.method }),
    url: Type.String({ minLength: 1, maxLength: R.url }),
    headers: Type.Array(ReplayHeaderSchema, { maxItems: R.headers }),
    body: Type.Optional(Type.String({ maxLength: R.body })),
    /** The most the whole call may take, like curl's `--max-time`; MAX_TIME_LIMITS.defaultSeconds when absent. */
    maxTimeSeconds: Type.Optional(
      Type.Number({ minimum: MAX_TIME_LIMITS.minSeconds, maximum: MAX_TIME_LIMITS.maxSeconds }),
    ),
  },
  closed,
);
export type ReplayRequest = Static<typeof ReplayRequestSchema>;

/**
 * The token to send as `Authorization: Bearer` (RFC 6750 §2.1): none (to see the 401), one pasted now, or one the
 * main side already holds under a reference from an earlier call.
 */
const TokenChoiceSchema = OneOf([
  Type.Object({ kind: Type.Literal('none') }, closed),
  Type.Object({ kind: Type.Literal('token'), token: Type.String({ minLength: 1, maxLength: L.token }) }, closed),
  Type.Object({ kind: Type.Literal('reference'), ref: Id() }, closed),
]);
export type TokenChoice = Static<typeof TokenChoiceSchema>;

const SendApiArgument = Type.Object(
  {
    workspaceId: Type.Optional(Id()),
    request: ReplayRequestSchema,
    token: TokenChoiceSchema,
    /**
     * `auto` (the default): a DPoP-bound token whose run holds its key goes as `DPoP` with a proof (RFC 9449 §7.1),
     * any other as Bearer. `bearer`: as Bearer whatever it is, to see an API refuse a bound token without its proof.
     */
    sendAs: Type.Optional(StringEnum(['auto', 'bearer'] as const)),
  },
  closed,
);
export type SendApiRequest = Static<typeof SendApiArgument>;

const ListHistoryArgument = Type.Object(
  {
    workspaceId: Type.Optional(Id()),
    query: Type.Optional(Type.String({ maxLength: L.historyQuery })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: L.historyPage })),
  },
  closed,
);
export type ListHistoryRequest = Static<typeof ListHistoryArgument>;

const Only = <P extends Parameters<typeof Type.Object>[0]>(properties: P) => Type.Object(properties, closed);

export const REPLAY_METHODS = {
  /** Sends an API call from the main side (no CORS) with the chosen token; the answer is explained and kept in history. */
  sendApiRequest: method(SendApiArgument, returns<SendApiResult>()),
  /** History of a workspace, newest first, filtered by a search query (`status:4xx`, `method:DELETE`, words). */
  listHistory: method(ListHistoryArgument, returns<HistoryPage>()),
  /** One history entry in full: request (credentials masked), response, explanations. */
  getHistoryEntry: method(Only({ id: Id() }), returns<HistoryEntry>()),
  clearHistory: method(Only({ workspaceId: Id() }), returns<void>()),
  /** Workspaces, and what the store repaired when it loaded (damaged file restored from its backup…). */
  listWorkspaces: method(NoArgument(), returns<WorkspaceList>()),
  createWorkspace: method(Only({ name: Type.String({ maxLength: L.name }) }), returns<Workspace>()),
  deleteWorkspace: method(Only({ workspaceId: Id() }), returns<void>()),
  /** Dismisses the notices the user saw (as listed); one that arrived since stays. */
  dismissWorkspaceNotices: method(
    Only({ notices: Type.Array(Type.String({ maxLength: L.notice }), { maxItems: L.notices }) }),
    returns<void>(),
  ),
  /** Saves a request without its credentials; the token is picked when it is sent. */
  saveRequest: method(
    Only({ workspaceId: Id(), name: Type.String({ maxLength: L.name }), request: ReplayRequestSchema }),
    returns<SavedRequest>(),
  ),
  deleteSavedRequest: method(Only({ workspaceId: Id(), requestId: Id() }), returns<void>()),
  /** JSON without a secret: no tokens, client secrets or Authorization headers. */
  exportWorkspace: method(Only({ workspaceId: Id(), includeHistory: Type.Boolean() }), returns<WorkspaceExport>()),
  /** Reads an export; lists the client secrets the user must enter again. */
  importWorkspace: method(
    Only({ text: Type.String({ maxLength: L.workspaceExport }) }),
    returns<ImportWorkspaceResult>(),
  ),
};

export type ReplayApi = ApiOf<typeof REPLAY_METHODS>;
