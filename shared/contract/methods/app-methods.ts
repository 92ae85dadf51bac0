/** The app itself. */
import { method, NoArgument, returns, type ApiOf } from './declare-method.js';
import type { AppInfo } from '../app-info.js';

export const APP_METHODS = {
  /** Versions, where the app keeps its data, and which shell it runs in. */
  getAppInfo: method(NoArgument(), returns<AppInfo>()),
};

export type AppApi = ApiOf<typeof APP_METHODS>;
