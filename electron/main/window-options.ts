import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer gets no Node and no Electron: it is isolated from the preload, sandboxed by the OS, and can
 * reach the main side only through `window.tokenscope.invoke`.
 */
export function secureWebPreferences(extra: Pick<WebPreferences, 'preload' | 'partition'> = {}): WebPreferences {
  return {
    ...extra,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

export function mainWindowOptions(options: {
  preloadPath: string;
  bounds: WindowBounds;
  title?: string;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: 800,
    minHeight: 520,
    title: options.title ?? 'Tokenscope',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences({ preload: options.preloadPath }),
  };
}

/**
 * The optional in-app sign-in window shows the identity provider's pages: no preload (it must not reach the
 * contract) and its own in-memory session, so its cookies never mix with the app's and vanish on quit.
 */
export function signInWindowOptions(options: {
  partition: string;
  title?: string;
  parent?: BrowserWindowConstructorOptions['parent'];
}): BrowserWindowConstructorOptions {
  return {
    width: 520,
    height: 720,
    title: options.title ?? 'Sign in',
    parent: options.parent,
    webPreferences: secureWebPreferences({ partition: options.partition }),
  };
}
