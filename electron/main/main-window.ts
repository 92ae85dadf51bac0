import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { lockToApp, type OpenExternal } from './navigation.js';
import { mainWindowOptions } from './window-options.js';
import { rememberWindowState, type WindowState } from './window-state.js';

export interface MainWindowDeps {
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  preloadPath: string;
  appUrl: string;
  state: WindowState;
  openExternal: OpenExternal;
  saveState(state: WindowState): Promise<void>;
  onError(error: Error): void;
}

/** The one app window: secure preferences, locked to the app's page, bounds remembered. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = deps.createWindow(mainWindowOptions({ preloadPath: deps.preloadPath, bounds: deps.state.bounds }));
  lockToApp(window.webContents, deps.appUrl, deps.openExternal);
  rememberWindowState(window, deps.saveState, deps.onError);
  window.once('ready-to-show', () => {
    if (deps.state.maximized) window.maximize();
    window.show();
  });
  window
    .loadURL(deps.appUrl)
    .catch((error: Error) =>
      deps.onError(
        new Error(`The Tokenscope window could not load ${deps.appUrl}: ${error.message}. Rebuild with npm run build.`),
      ),
    );
  return window;
}
