import { DEFAULT_WORKSPACE_ID } from '../../../shared/replay/workspace';
import type { FirstScreen } from '../../../shared/contract/first-screen';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { EarlyAnswer } from './answer-early';

const workspace = { workspaceId: DEFAULT_WORKSPACE_ID };

/**
 * The stores' first loads (the default workspace's connections and runs, the app's info, the workspaces), answered
 * from one `getFirstScreen`: the one the launch page came with (`inPage`), else a call. The workspaces are asked for
 * twice at start: their list, and their notices again once the connections are listed (connections-store's
 * `onLoaded`); `getFirstScreen` reads them after the connections, so one answer serves both. Should it fail, each
 * read asks on its own, so each store shows its own error.
 */
export function firstScreenAnswers(api: TokenscopeApi, inPage?: Promise<FirstScreen>): EarlyAnswer[] {
  const first = inPage ?? api.getFirstScreen(workspace);
  const part = <T>(take: (screen: FirstScreen) => T, alone: () => Promise<T>): Promise<T> =>
    first.then(take, () => alone());
  const workspaces = () => part((s) => s.workspaces, api.listWorkspaces);
  return [
    { method: 'getAppInfo', answer: part((s) => s.appInfo, api.getAppInfo) },
    { method: 'listWorkspaces', answer: workspaces() },
    { method: 'listWorkspaces', answer: workspaces() },
    {
      method: 'listConnections',
      argument: workspace,
      answer: part(
        (s) => s.connections,
        () => api.listConnections(workspace),
      ),
    },
    {
      method: 'listRuns',
      argument: workspace,
      answer: part(
        (s) => s.runs,
        () => api.listRuns(workspace),
      ),
    },
  ];
}
