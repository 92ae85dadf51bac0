/**
 * The one contract between the renderer and the main side.
 *
 * Two implementations answer it: the Electron preload bridge (IPC) and the loopback browser host (HTTP).
 * Both go through the same `dispatch` on the Node side, so the renderer cannot tell them apart.
 * Every method takes at most one plain-JSON argument and resolves to plain JSON: the value crosses
 * structured clone (IPC) or JSON (HTTP) unchanged.
 */
import type { AppInfo } from './app-info.js';
import { REPLAY_API_METHODS, type ReplayApi } from '../replay/replay-api.js';
import { FLOW_API_METHODS, type FlowApi } from '../flows/flow-api.js';
import type { AddConnectionRequest, ConnectionSummary, EditConnectionRequest, SetClientSecretRequest } from './connection.js';
import type { ListRunsRequest, RunRecord } from './run-record.js';
import type { ConnectionKnowledge, ConnectionKnowledgeRequest } from './connection-knowledge.js';
import type { ClientCredentialsRequest, FlowResult } from './flow.js';
import type { CompareSandboxRequest, ExplainScopesRequest, InspectTokenRequest, SandboxComparison } from './inspect.js';
import type { ApplyWorldResult, SandboxState } from './sandbox.js';
import type { TokenAnalysis } from '../inspect/analyze-token.js';
import type { ScopeDiff } from '../inspect/scope-diff.js';

/** Replay and workspaces: `shared/replay/replay-api.ts`; sign-in, refresh and exchange: `shared/flows/flow-api.ts`. */
export interface TokenscopeApi extends ReplayApi, FlowApi {
  /** Versions, where the app keeps its data, and which shell it runs in. */
  getAppInfo(): Promise<AppInfo>;
  /** A workspace's connections (the default workspace's without an argument); the built-in sandbox is always first. */
  listConnections(request?: { workspaceId?: string }): Promise<ConnectionSummary[]>;
  /** Discovers the issuer, then saves the connection in its workspace (secrets to the vault); refused with the reason when discovery fails. */
  addConnection(request: AddConnectionRequest): Promise<ConnectionSummary>;
  removeConnection(request: { id: string }): Promise<void>;
  /** Renames a saved connection or changes one of its clients (id, type, authentication, secret). */
  editConnection(request: EditConnectionRequest): Promise<ConnectionSummary>;
  /** The resources and scopes used on a connection (no secrets), learned by the main side from every run sent. */
  getConnectionKnowledge(request: ConnectionKnowledgeRequest): Promise<ConnectionKnowledge>;
  /** A workspace's runs of every grant and connection, oldest first, masked; kept in memory on the main side. */
  listRuns(request?: ListRunsRequest): Promise<RunRecord[]>;
  /** Puts a client's secret (or private key) in the vault, e.g. after an import, which never carries one. */
  setClientSecret(request: SetClientSecretRequest): Promise<ConnectionSummary>;
  /** RFC 6749 §4.4 client credentials, run on the main side with openid-client. */
  runClientCredentials(request: ClientCredentialsRequest): Promise<FlowResult>;
  /** Every check on a token, with the issuer's keys fetched on the main side (no CORS, one cache). */
  inspectToken(request: InspectTokenRequest): Promise<TokenAnalysis>;
  /** Requested vs granted vs in-token scopes per resource; reasons are exact for sandbox tokens, likely otherwise. */
  explainScopes(request: ExplainScopesRequest): Promise<ScopeDiff>;
  /** Sandbox only: a PAT exchange token and an M2M token for the same API, issued now and compared. */
  compareSandboxPatAndM2m(request: CompareSandboxRequest): Promise<SandboxComparison>;
  /** The sandbox: running or not, its issuer, the world it serves and where that is saved. */
  getSandbox(): Promise<SandboxState>;
  /** Validates a world (YAML or JSON) and, when valid, serves it from the next request on and saves it. */
  applySandboxWorld(request: { text: string }): Promise<ApplyWorldResult>;
  /** Back to the default world; the saved world file is removed. */
  resetSandboxWorld(): Promise<SandboxState>;
}

export type ApiMethod = keyof TokenscopeApi;

/** The methods a transport may call; anything else is refused before it reaches a service. */
export const API_METHODS = ['getAppInfo', 'listConnections', 'addConnection', 'removeConnection', 'editConnection', 'getConnectionKnowledge', 'listRuns', 'setClientSecret', 'runClientCredentials', 'inspectToken', 'explainScopes', 'compareSandboxPatAndM2m', 'getSandbox', 'applySandboxWorld', 'resetSandboxWorld', ...REPLAY_API_METHODS, ...FLOW_API_METHODS] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method of TokenscopeApi and nothing else.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const everyMethodListed: Missing extends never ? true : Missing = true;
void everyMethodListed;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

export type ApiArgument<M extends ApiMethod> = Parameters<TokenscopeApi[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<TokenscopeApi[M]>>;
