import type { AppInfo } from './app-info.js';
import type { ConnectionSummary } from './connection.js';
import type { RunRecord } from './run-record.js';
import type { WorkspaceList } from '../replay/workspace.js';

/**
 * What the window's first screen shows, as one answer: each part is exactly what its own method answers
 * (`getAppInfo`, `listWorkspaces`, and `listConnections` and `listRuns` of one workspace).
 */
export interface FirstScreen {
  appInfo: AppInfo;
  workspaces: WorkspaceList;
  connections: ConnectionSummary[];
  runs: RunRecord[];
}
