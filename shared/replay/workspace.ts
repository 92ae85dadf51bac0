/**
 * Workspaces: connections, saved requests and history that belong together. Nothing here is a secret: client
 * secrets and tokens live on the main side (vault, memory) and a workspace says only how a client authenticates.
 */
import type { ClientAuthMethod, ClientSummary } from '../contract/connection.js';
import type { HistoryEntry, ReplayRequest } from './types.js';

/** The workspace every install has, and the one connections saved before workspaces owned them belong to. */
export const DEFAULT_WORKSPACE_ID = 'default';

/** A client as an export carries it: who it is and how it authenticates; the secret is entered again after import. */
export interface WorkspaceClient {
  clientId: string;
  name?: string;
  kind: ClientSummary['kind'];
  authMethod: ClientAuthMethod;
}

/** A connection as an export carries it. Its id is not kept: an import gets new ids, beside any existing ones. */
export interface WorkspaceConnection {
  name: string;
  issuer: string;
  clients: WorkspaceClient[];
  /** The discovery document (public by definition), so the imported connection shows it before any call. */
  metadata?: Record<string, unknown>;
}

export interface SavedRequest {
  id: string;
  name: string;
  /** Credential headers (Authorization, Cookie…) stripped; the token is picked when sending. */
  request: ReplayRequest;
  createdAt: string;
}

/** Connections are not in here: each saved connection names its workspace (connections.json), the one source. */
export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
  savedRequests: SavedRequest[];
}

export interface WorkspaceList {
  workspaces: (Workspace & { historyCount: number })[];
  /** What the store had to repair when it loaded (a corrupted file, a cut-off write), for the user to read. */
  notices: string[];
}

export const WORKSPACE_EXPORT_FORMAT = 'tokenscope-workspace';

/** The file a user exports and imports elsewhere: never a secret, never a token. */
export interface WorkspaceExport {
  format: typeof WORKSPACE_EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  workspace: Omit<Workspace, 'id'> & { connections: WorkspaceConnection[] };
  /** Without token references (meaningless elsewhere) and credential headers. */
  history?: Omit<HistoryEntry, 'workspaceId' | 'token'>[];
}

/** A client of an imported connection that authenticates with a secret or key the export could not carry. */
export interface SecretNeeded {
  connectionId: string;
  connectionName: string;
  clientId: string;
  authMethod: Exclude<ClientAuthMethod, 'none'>;
}

export interface ImportWorkspaceResult {
  workspace: Workspace;
  importedHistory: number;
  /** Clients whose secret the import could not bring (exports never hold one): ask the user for each. */
  secretsNeeded: SecretNeeded[];
  /** What was dropped or repaired on the way in. */
  notices: string[];
}
