import { pathToFileURL } from 'node:url';

/** Where the main window's page comes from: the built renderer, or electron-vite's dev server. */
export function appUrlFor(options: { rendererHtml: string; devServerUrl?: string; packaged: boolean }): string {
  // A packaged app never loads a URL from its environment: that would let anyone who sets a variable run code
  // with the preload bridge.
  if (options.devServerUrl && !options.packaged) return new URL(options.devServerUrl).href;
  return pathToFileURL(options.rendererHtml).href;
}

/**
 * Whether a URL is the app's own page. file: URLs have no real origin (it is "null"), so the built app is
 * matched by its exact file; the dev server by its origin.
 */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  let url: URL;
  let app: URL;
  try {
    url = new URL(candidate);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:')
    return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname;
  return url.origin === app.origin;
}
