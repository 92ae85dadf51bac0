import { protocolUrlFromArgv, type ProtocolRouter } from './protocol-url.js';

/** The parts of Electron's `app` this module touches, so tests can hand it a stand-in. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
}

export interface SingleInstanceOptions {
  router: ProtocolRouter;
  /** This process's own argv: a first launch from a `tokenscope:` link carries the URL there (Windows, Linux). */
  argv: readonly string[];
  /** Brings the window to the front; the user just came back from their browser. */
  focus(): void;
}

/**
 * Keeps one Tokenscope running, so a redirect to `tokenscope:` reaches the instance that started the flow
 * instead of opening a second app (Insomnia's #5282). Call before `ready`: macOS sends `open-url` early.
 * Returns false when another instance owns the lock; this one then quits.
 */
export function claimSingleInstance(app: SingleInstanceApp, options: SingleInstanceOptions): boolean {
  if (!app.requestSingleInstanceLock()) {
    // The running instance receives our argv through its 'second-instance' event.
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => {
    const url = protocolUrlFromArgv(argv);
    if (url) options.router.deliver(url);
    options.focus();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    options.router.deliver(url);
    options.focus();
  });
  const launchUrl = protocolUrlFromArgv(options.argv);
  if (launchUrl) options.router.deliver(launchUrl);
  return true;
}
