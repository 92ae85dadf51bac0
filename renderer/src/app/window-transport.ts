import { DEFAULT_WORKSPACE_ID } from '../../../shared/replay/workspace';
import { connectToMainSide } from '../api/connect-to-main-side';
import { answerEarly } from '../api/answer-early';

/**
 * The one transport of this window, made here and nowhere else. `main.tsx` imports this module before anything else,
 * so the first screen's reads (the stores' first loads: the default workspace's connections and runs, the app's
 * info, the workspaces) leave before React's code is even evaluated, about 100 ms sooner than from the stores.
 */
const opened = connectToMainSide();

export const windowTransport = {
  subscribe: opened.subscribe,
  api: answerEarly(opened.api, [
    ['listConnections', { workspaceId: DEFAULT_WORKSPACE_ID }],
    ['getAppInfo'],
    ['listWorkspaces'],
    ['listRuns', { workspaceId: DEFAULT_WORKSPACE_ID }],
  ]),
};
