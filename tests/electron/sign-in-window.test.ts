import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  isRedirectTo,
  SIGN_IN_PARTITION,
  signInInWindow,
  SignInWindowClosedError,
} from '../../electron/main/sign-in-window.js';
import { BrowserWindow, resetStandIn, type FakeWindowOptions } from './stand-in/electron.js';

const authorizationUrl = 'https://auth.example.com/oidc/auth?client_id=app&redirect_uri=tokenscope%3A%2F%2Fcallback';
const redirectUri = 'tokenscope://callback';

beforeEach(() => resetStandIn());

function start(options: { redirectUri?: string; timeoutMs?: number } = {}) {
  let window: BrowserWindow | undefined;
  const result = signInInWindow(
    (windowOptions: BrowserWindowConstructorOptions) =>
      (window = new BrowserWindow(windowOptions as FakeWindowOptions)),
    { authorizationUrl, redirectUri: options.redirectUri ?? redirectUri, timeoutMs: options.timeoutMs },
  );
  return { result, window: window as unknown as BrowserWindow };
}

describe('isRedirectTo', () => {
  it('compares scheme, host, port and path, not the query', () => {
    expect(isRedirectTo('tokenscope://callback?code=x&state=y', 'tokenscope://callback')).toBe(true);
    expect(isRedirectTo('http://127.0.0.1:53682/callback?code=x', 'http://127.0.0.1:53682/callback')).toBe(true);
    expect(isRedirectTo('http://127.0.0.1:53683/callback?code=x', 'http://127.0.0.1:53682/callback')).toBe(false);
    expect(isRedirectTo('tokenscope://other?code=x', 'tokenscope://callback')).toBe(false);
    expect(isRedirectTo('https://auth.example.com/callback', 'tokenscope://callback')).toBe(false);
  });
});

describe('signInInWindow', () => {
  it('opens the provider in its own partition, without the preload', async () => {
    const { window, result } = start();
    expect(window.options.webPreferences).toMatchObject({
      partition: SIGN_IN_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.options.webPreferences?.preload).toBeUndefined();
    expect(window.webContents.session.partition).toBe(SIGN_IN_PARTITION);
    expect(window.webContents.loadedUrls).toEqual([authorizationUrl]);
    window.close();
    await expect(result).rejects.toBeInstanceOf(SignInWindowClosedError);
  });

  it('catches the redirect with will-redirect, stops it, and closes the window', async () => {
    const { window, result } = start();
    expect(window.webContents.navigate('will-redirect', 'https://auth.example.com/oidc/interaction/abc')).toBe(false);
    expect(window.webContents.navigate('will-redirect', 'tokenscope://callback?code=abc&state=xyz')).toBe(true);
    await expect(result).resolves.toBe('tokenscope://callback?code=abc&state=xyz');
    expect(window.isDestroyed()).toBe(true);
  });

  it('also catches a redirect reached by navigation (a form post that lands on the redirect URI)', async () => {
    const { window, result } = start({ redirectUri: 'http://127.0.0.1:53682/callback' });
    expect(window.webContents.navigate('will-navigate', 'http://127.0.0.1:53682/callback?code=abc')).toBe(true);
    await expect(result).resolves.toBe('http://127.0.0.1:53682/callback?code=abc');
  });

  it('keeps provider pop-ups in the same window', async () => {
    const { window, result } = start();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://accounts.google.com/o/oauth2/auth' })).toEqual({
      action: 'deny',
    });
    expect(window.webContents.loadedUrls.at(-1)).toBe('https://accounts.google.com/o/oauth2/auth');
    window.close();
    await expect(result).rejects.toThrow(/closed before the provider redirected back/);
  });

  it('gives up after the timeout', async () => {
    const { result, window } = start({ timeoutMs: 5 });
    await expect(result).rejects.toThrow(/longer than 5 minutes/);
    expect(window.isDestroyed()).toBe(true);
  });

  it('explains a provider it cannot reach', async () => {
    const result = signInInWindow(
      (windowOptions) => {
        const window = new BrowserWindow(windowOptions as FakeWindowOptions);
        window.webContents.failNextLoad = new Error('net::ERR_NAME_NOT_RESOLVED');
        return window;
      },
      { authorizationUrl, redirectUri },
    );
    await expect(result).rejects.toThrow(/could not load https:\/\/auth.example.com: net::ERR_NAME_NOT_RESOLVED/);
  });
});
