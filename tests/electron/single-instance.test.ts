import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerProtocolClient } from '../../electron/main/default-protocol.js';
import { focusWindow } from '../../electron/main/focus-window.js';
import { createProtocolRouter } from '../../electron/main/protocol-url.js';
import { claimSingleInstance } from '../../electron/main/single-instance.js';
import { app, BrowserWindow, callsNamed, FakeEvent, resetStandIn } from './stand-in/electron.js';

const callback = 'tokenscope://callback?code=abc&state=xyz';

beforeEach(() => resetStandIn());

function claim(argv: string[] = ['/opt/Tokenscope/tokenscope']) {
  const router = createProtocolRouter();
  const onProtocolUrl = vi.fn();
  const focus = vi.fn();
  const primary = claimSingleInstance(app, { router, argv, focus });
  router.connect(onProtocolUrl);
  return { primary, onProtocolUrl, focus };
}

describe('claimSingleInstance', () => {
  it('quits a second instance, which hands its argv to the first', () => {
    app.lockAvailable = false;
    const { primary, onProtocolUrl } = claim(['/opt/Tokenscope/tokenscope', callback]);
    expect(primary).toBe(false);
    expect(callsNamed('app.quit')).toHaveLength(1);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(onProtocolUrl).not.toHaveBeenCalled();
  });

  it('routes the URL of a first launch from a link (Windows, Linux)', () => {
    const { primary, onProtocolUrl } = claim(['/opt/Tokenscope/tokenscope', '--no-sandbox', callback]);
    expect(primary).toBe(true);
    expect(onProtocolUrl).toHaveBeenCalledWith(callback);
  });

  it('routes the last argv of a second instance and brings the window to front', () => {
    const { onProtocolUrl, focus } = claim();
    app.emit(
      'second-instance',
      new FakeEvent(),
      ['C:\\Tokenscope\\Tokenscope.exe', '--allow-file-access-from-files', callback],
      'C:\\',
    );
    expect(onProtocolUrl).toHaveBeenCalledWith(callback);
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('focuses on a plain second launch without routing anything', () => {
    const { onProtocolUrl, focus } = claim();
    app.emit('second-instance', new FakeEvent(), ['/opt/Tokenscope/tokenscope'], '/home/me');
    expect(onProtocolUrl).not.toHaveBeenCalled();
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('handles open-url (macOS) and prevents the default', () => {
    const { onProtocolUrl, focus } = claim();
    const event = new FakeEvent();
    app.emit('open-url', event, callback);
    expect(event.defaultPrevented).toBe(true);
    expect(onProtocolUrl).toHaveBeenCalledWith(callback);
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('keeps an open-url that arrives before the flow engine is connected', () => {
    const router = createProtocolRouter();
    claimSingleInstance(app, { router, argv: [], focus: () => undefined });
    app.emit('open-url', new FakeEvent(), callback);
    const onProtocolUrl = vi.fn();
    router.connect(onProtocolUrl);
    expect(onProtocolUrl).toHaveBeenCalledWith(callback);
  });
});

describe('focusWindow', () => {
  it('restores a minimized window, shows and focuses it', () => {
    const window = new BrowserWindow({ show: false });
    window.minimize();
    focusWindow(window);
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
  });

  it('does nothing without a live window', () => {
    const window = new BrowserWindow();
    window.close();
    expect(() => focusWindow(window)).not.toThrow();
    expect(window.focused).toBe(false);
    expect(() => focusWindow(undefined)).not.toThrow();
  });
});

describe('registerProtocolClient', () => {
  it('registers the scheme alone when packaged', () => {
    registerProtocolClient(app, {
      defaultApp: false,
      execPath: '/opt/Tokenscope/tokenscope',
      argv: ['/opt/Tokenscope/tokenscope'],
    });
    expect(callsNamed('app.setAsDefaultProtocolClient')[0]?.args).toEqual(['tokenscope']);
  });

  it('passes Electron and the app path when started from source', () => {
    registerProtocolClient(app, {
      defaultApp: true,
      execPath: '/usr/lib/electron/electron',
      argv: ['/usr/lib/electron/electron', '/home/me/tokenscope'],
    });
    expect(callsNamed('app.setAsDefaultProtocolClient')[0]?.args).toEqual([
      'tokenscope',
      '/usr/lib/electron/electron',
      ['/home/me/tokenscope'],
    ]);
  });
});
