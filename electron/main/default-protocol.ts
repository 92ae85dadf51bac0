import { resolve } from 'node:path';
import { PROTOCOL_SCHEME } from './protocol-url.js';

export interface ProtocolClientApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

export interface ProcessLike {
  /** True when started as `electron path/to/app` rather than as a packaged app. */
  defaultApp?: boolean;
  execPath: string;
  argv: readonly string[];
}

/**
 * Makes the OS open `tokenscope:` links with this app. Started from source, the executable is Electron
 * itself, so the OS must also be told which app to load (Electron's documented pattern).
 * Packaged Linux builds also get the scheme from the desktop entry electron-builder writes.
 */
export function registerProtocolClient(app: ProtocolClientApp, proc: ProcessLike): boolean {
  if (!proc.defaultApp) return app.setAsDefaultProtocolClient(PROTOCOL_SCHEME);
  const appPath = proc.argv[1];
  if (appPath === undefined) return false;
  return app.setAsDefaultProtocolClient(PROTOCOL_SCHEME, proc.execPath, [resolve(appPath)]);
}
