/** The app itself. */
import { method, NoArgument, returns, type ApiOf } from './declare-method.js';
import type { AppInfo } from '../app-info.js';
import type { FirstScreen } from '../first-screen.js';
import { InWorkspace } from './connection-methods.js';

export const APP_METHODS = {
  /** Versions, where the app keeps its data, and which shell it runs in. */
  getAppInfo: method(NoArgument(), returns<AppInfo>()),
  /**
   * The first screen's four reads in one call (the default workspace's without an argument). The window sends it
   * before React's code is evaluated; one request instead of four took 30-50 ms off the first screen's main thread
   * in the browser (issue 18, start-up).
   */
  getFirstScreen: method(InWorkspace(), returns<FirstScreen>()),
};

export type AppApi = ApiOf<typeof APP_METHODS>;
