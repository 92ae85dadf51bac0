import { isAppUrl } from './app-url.js';

export type OpenExternal = (url: string) => unknown;

/** Only web links leave the app, and only to the system browser; file:, javascript: and custom schemes do not. */
export function isWebUrl(candidate: string): boolean {
  try {
    const { protocol } = new URL(candidate);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** `setWindowOpenHandler`: the app never opens windows of its own; web links go to the user's browser. */
export function handleWindowOpen(url: string, openExternal: OpenExternal): { action: 'deny' } {
  if (isWebUrl(url)) void openExternal(url);
  return { action: 'deny' };
}

/** `will-navigate`: the window stays on the app; a clicked web link opens in the browser instead. */
export function handleWillNavigate(
  event: { preventDefault(): void },
  url: string,
  appUrl: string,
  openExternal: OpenExternal,
): void {
  if (isAppUrl(url, appUrl)) return;
  event.preventDefault();
  if (isWebUrl(url)) void openExternal(url);
}

export interface LockableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** Keeps a window on the app's own page: no new windows, no navigation elsewhere, no <webview>. */
export function lockToApp(contents: LockableWebContents, appUrl: string, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, openExternal));
  contents.on('will-navigate', (event, url) => handleWillNavigate(event, url, appUrl, openExternal));
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
