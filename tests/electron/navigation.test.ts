import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appUrlFor, isAppUrl } from '../../electron/main/app-url.js';
import { handleWindowOpen, lockToApp } from '../../electron/main/navigation.js';
import { FakeEvent, FakeWebContents, resetStandIn } from './stand-in/electron.js';

const appUrl = 'file:///opt/Tokenscope/resources/app.asar/out/renderer/index.html';

beforeEach(() => resetStandIn());

describe('appUrlFor', () => {
  it('loads the built renderer, and the dev server only when not packaged', () => {
    expect(appUrlFor({ rendererHtml: '/app/out/renderer/index.html', packaged: true })).toBe(
      'file:///app/out/renderer/index.html',
    );
    expect(
      appUrlFor({
        rendererHtml: '/app/out/renderer/index.html',
        devServerUrl: 'http://localhost:5173',
        packaged: false,
      }),
    ).toBe('http://localhost:5173/');
    expect(
      appUrlFor({ rendererHtml: '/app/out/renderer/index.html', devServerUrl: 'http://evil.example', packaged: true }),
    ).toBe('file:///app/out/renderer/index.html');
  });
});

describe('isAppUrl', () => {
  it('matches the app file itself, with any hash or query', () => {
    expect(isAppUrl(appUrl, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}#/tokens`, appUrl)).toBe(true);
    expect(isAppUrl('file:///opt/Tokenscope/resources/app.asar/out/renderer/other.html', appUrl)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', appUrl)).toBe(false);
    expect(isAppUrl('https://example.com/', appUrl)).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
  });

  it('matches the dev server by origin', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('window-open handler', () => {
  it('denies every new window and opens web links in the system browser', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen('https://docs.logto.io/', openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://docs.logto.io/');
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'tokenscope://callback?code=x',
      'smb://host/share',
    ]) {
      expect(handleWindowOpen(url, openExternal)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('lockToApp', () => {
  function locked() {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    lockToApp(contents, appUrl, openExternal);
    return { contents, openExternal };
  }

  it('lets the app navigate within itself', () => {
    const { contents, openExternal } = locked();
    expect(contents.navigate('will-navigate', `${appUrl}#/settings`)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation away and sends web links to the browser', () => {
    const { contents, openExternal } = locked();
    expect(contents.navigate('will-navigate', 'https://auth.example.com/oidc/auth')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://auth.example.com/oidc/auth');
    expect(contents.navigate('will-navigate', 'file:///home/me/.ssh/id_ed25519')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('stops redirects away from the app', () => {
    const { contents } = locked();
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-redirect', appUrl)).toBe(false);
  });

  it('installs the deny-all window-open handler and refuses <webview>', () => {
    const { contents, openExternal } = locked();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });
});
