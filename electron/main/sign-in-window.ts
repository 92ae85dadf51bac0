import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { signInWindowOptions } from './window-options.js';

/** In-memory (no `persist:` prefix): the provider's cookies live only as long as the app runs. */
export const SIGN_IN_PARTITION = 'tokenscope-sign-in';
/** As long as Bruno waits for a callback: long enough to type a password and pass MFA. */
export const SIGN_IN_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Whether a navigation is the redirect back to us. Compared by scheme, host, port and path (RFC 6749 §3.1.2:
 * the query carries the response). `tokenscope:` and other custom schemes have no origin, hence no `origin` here.
 */
export function isRedirectTo(candidate: string, redirectUri: string): boolean {
  try {
    const url = new URL(candidate);
    const expected = new URL(redirectUri);
    return url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname;
  } catch {
    return false;
  }
}

interface SignInWebContents {
  on(
    event: 'will-redirect' | 'will-navigate',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  loadURL(url: string): Promise<void>;
}

export interface SignInWindowLike {
  webContents: SignInWebContents;
  once(event: 'closed', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export type CreateSignInWindow = (options: BrowserWindowConstructorOptions) => SignInWindowLike | BrowserWindow;

export class SignInWindowClosedError extends Error {
  override readonly name = 'SignInWindowClosedError';
}

/**
 * The optional in-app sign-in: some providers (or their users' networks) need it. Opens the authorization URL
 * in its own window and resolves with the redirect URL, caught before the window loads it, which works for
 * `tokenscope:` and loopback redirect URIs alike. The system browser remains the default (RFC 8252 §8.12).
 */
export function signInInWindow(
  createWindow: CreateSignInWindow,
  options: {
    authorizationUrl: string;
    redirectUri: string;
    parent?: BrowserWindowConstructorOptions['parent'];
    timeoutMs?: number;
  },
): Promise<string> {
  const window = createWindow(
    signInWindowOptions({ partition: SIGN_IN_PARTITION, parent: options.parent }),
  ) as SignInWindowLike;
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      if (!window.isDestroyed()) window.close();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new SignInWindowClosedError('Sign-in took longer than 5 minutes and was stopped. Start the flow again.'),
          ),
        ),
      options.timeoutMs ?? SIGN_IN_TIMEOUT_MS,
    );
    const catchRedirect = (event: { preventDefault(): void }, url: string) => {
      if (!isRedirectTo(url, options.redirectUri)) return;
      event.preventDefault();
      finish(() => resolve(url));
    };
    window.webContents.on('will-redirect', catchRedirect);
    window.webContents.on('will-navigate', catchRedirect);
    // Providers that open a pop-up (social sign-in) get it in this same window instead of a new, unguarded one.
    window.webContents.setWindowOpenHandler(({ url }) => {
      if (/^https?:/i.test(url)) void window.webContents.loadURL(url);
      return { action: 'deny' };
    });
    window.once('closed', () =>
      finish(() =>
        reject(
          new SignInWindowClosedError(
            'The sign-in window was closed before the provider redirected back. Start the flow again to retry.',
          ),
        ),
      ),
    );
    window.webContents.loadURL(options.authorizationUrl).catch((error: Error) => {
      finish(() =>
        reject(
          new Error(
            `The sign-in window could not load ${new URL(options.authorizationUrl).origin}: ${error.message}. Check the issuer address and your network.`,
          ),
        ),
      );
    });
  });
}
