/**
 * Workspaces: connections, saved requests and history that belong together. Nothing here is a secret: client
 * secrets and tokens live on the main side (vault, memory) and the store keeps only that one is needed.
 */
import type { HistoryEntry, ReplayRequest } from './types.js';

export interface WorkspaceClient {
  clientId: string;
  name?: string;
  /** The client authenticates with a secret; the secret itself is never in a workspace. */
  needsSecret: boolean;
}

export interface WorkspaceConnection {
  id: string;
  name: string;
  issuer: string;
  clients: WorkspaceClient[];
}

export interface SavedRequest {
  id: string;
  name: string;
  /** Credential headers (Authorization, Cookie…) stripped; the token is picked when sending. */
  request: ReplayRequest;
  createdAt: string;
}

export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
  connections: WorkspaceConnection[];
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
  workspace: Omit<Workspace, 'id'>;
  /** Without token references (meaningless elsewhere) and credential headers. */
  history?: Omit<HistoryEntry, 'workspaceId' | 'token'>[];
}

export interface ImportWorkspaceResult {
  workspace: Workspace;
  importedHistory: number;
  /** Clients whose secret the import could not bring (exports never hold one): ask the user for each. */
  secretsNeeded: { connectionId: string; connectionName: string; clientId: string }[];
  /** What was dropped or repaired on the way in. */
  notices: string[];
}
