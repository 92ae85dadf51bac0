import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOKENSCOPE_IPC_CHANNEL } from '../../shared/contract/preload-bridge.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/with-content-security-policy.js';
import type { BrowserWindow } from './stand-in/electron.js';

type StandIn = typeof import('./stand-in/electron.js');

// The real services start a sandbox server; the wiring under test only needs the contract.
const services = vi.hoisted(() => ({
  close: async () => undefined,
  // No events in these tests: forwarding them has its own (ipc.test.ts).
  events: { subscribe: () => () => undefined },
  // Like the flow engine with no sign-in waiting: refuses, and says why.
  handleProtocolUrl: async (_url: string) => ({ accepted: false, message: 'no sign-in is waiting for this state' }),
  api: {
    getAppInfo: async () => ({
      name: 'Tokenscope',
      version: '0.1.0',
      shell: 'electron',
      dataDir: '/d',
      nodeVersion: '22',
    }),
    listConnections: async () => [],
    runClientCredentials: async () => ({}),
  },
}));
vi.mock('../../electron/services/app-services.js', () => ({ startAppServices: vi.fn(async () => services) }));

let dataDir: string;
// index.ts runs its wiring on import, so each test imports it afresh, and with it a fresh stand-in.
let E: StandIn;

beforeEach(async () => {
  vi.resetModules();
  E = await import('./stand-in/electron.js');
  dataDir = await mkdtemp(join(tmpdir(), 'tokenscope-shell-'));
  vi.stubEnv('TOKENSCOPE_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await rm(dataDir, { recursive: true, force: true });
});

async function launch() {
  await import('../../electron/main/main-process.js');
  E.app.emitReady();
  await vi.waitFor(() => expect(E.BrowserWindow.instances).toHaveLength(1));
  const window = E.BrowserWindow.instances[0] as BrowserWindow;
  await vi.waitFor(() => expect(window.webContents.loadedUrls).toHaveLength(1));
  return window;
}

describe('the main process wiring', () => {
  it('claims the lock in the data folder and registers the scheme before ready', async () => {
    await import('../../electron/main/main-process.js');
    expect(E.callsNamed('app.setPath')[0]?.args).toEqual(['userData', dataDir]);
    const order = E.callsNamed('app.setPath')
      .concat(E.callsNamed('app.requestSingleInstanceLock'))
      .map((call) => call.name);
    expect(order).toEqual(['app.setPath', 'app.requestSingleInstanceLock']);
    expect(E.callsNamed('app.setAsDefaultProtocolClient')[0]?.args[0]).toBe('tokenscope');
    expect(E.app.listenerCount('open-url')).toBe(1);
    expect(E.app.listenerCount('second-instance')).toBe(1);
    expect(E.BrowserWindow.instances).toHaveLength(0);
  });

  it('opens one secure window on the built renderer, with the CommonJS preload', async () => {
    const window = await launch();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(String(window.options.webPreferences?.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(window.webContents.loadedUrls[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('sends the CSP with every response of the app session', async () => {
    await launch();
    let headers: Record<string, string | string[]> | undefined;
    E.session.defaultSession.headersListener?.(
      { url: 'http://localhost:5173/', responseHeaders: { 'Content-Type': ['text/html'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(E.session.defaultSession.permissionCheckHandler?.(null, 'media')).toBe(false);
    const granted: boolean[] = [];
    E.session
      .fromPartition('tokenscope-sign-in')
      .permissionRequestHandler?.(null, 'geolocation', (answer) => granted.push(answer));
    expect(granted).toEqual([false]);
  });

  it('answers contract calls from the window and refuses other frames', async () => {
    const window = await launch();
    const fromWindow = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    expect(await E.ipcMain.invoke(TOKENSCOPE_IPC_CHANNEL, fromWindow, 'getAppInfo', null)).toMatchObject({ ok: true });
    const other = new E.BrowserWindow();
    await other.loadURL(window.webContents.loadedUrls[0] as string);
    const fromOther = { sender: other.webContents, senderFrame: other.webContents.mainFrame };
    expect(await E.ipcMain.invoke(TOKENSCOPE_IPC_CHANNEL, fromOther, 'getAppInfo', null)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('locks every web contents against pop-ups, and the window against navigation', async () => {
    const window = await launch();
    expect(window.webContents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    const later = new E.BrowserWindow();
    expect(later.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(E.callsNamed('shell.openExternal').map((call) => call.args[0])).toEqual([
      'https://evil.example/',
      'https://example.com/',
    ]);
  });

  it('routes a tokenscope: URL and brings the window to front', async () => {
    const window = await launch();
    window.minimize();
    const handled = vi.spyOn(services, 'handleProtocolUrl');
    const event = new E.FakeEvent();
    E.app.emit('open-url', event, 'tokenscope://callback?code=secret-code&state=s');
    expect(event.defaultPrevented).toBe(true);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    // The whole URL reaches the flow engine; only the log leaves the code out.
    expect(handled).toHaveBeenCalledWith('tokenscope://callback?code=secret-code&state=s');
    await vi.waitFor(() =>
      expect(vi.mocked(console.warn).mock.calls.flat().join(' ')).toContain('no sign-in is waiting'),
    );
    const logged = vi.mocked(console.warn).mock.calls.flat().join(' ');
    expect(logged).toContain('tokenscope://callback');
    expect(logged).not.toContain('secret-code');
  });

  it('opens a window again for a URL that arrives when all were closed (macOS keeps running)', async () => {
    const window = await launch();
    window.close();
    E.app.emit('open-url', new E.FakeEvent(), 'tokenscope://callback?code=c');
    await vi.waitFor(() => expect(E.BrowserWindow.getAllWindows()).toHaveLength(1));
  });

  it('gives the services an in-app sign-in window in its own partition, child of the main window', async () => {
    const window = await launch();
    const { startAppServices } = await import('../../electron/services/app-services.js');
    const options = vi.mocked(startAppServices).mock.calls.at(-1)![0];
    expect(options.openSignInWindow).toBeTypeOf('function');
    void options.openSignInWindow!('https://tenant.example/oidc/auth?x=1', 'tokenscope://callback').catch(
      () => undefined,
    );
    await vi.waitFor(() => expect(E.BrowserWindow.instances).toHaveLength(2));
    const signIn = E.BrowserWindow.instances[1] as BrowserWindow;
    expect(signIn.options.webPreferences).toMatchObject({
      partition: 'tokenscope-sign-in',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(signIn.options.parent).toBe(window);
    expect(signIn.webContents.loadedUrls).toEqual(['https://tenant.example/oidc/auth?x=1']);
  });

  it('installs the menu and stops the services before quitting', async () => {
    await launch();
    expect(E.callsNamed('Menu.setApplicationMenu')).toHaveLength(1);
    const close = vi.spyOn(services, 'close');
    const event = new E.FakeEvent();
    E.app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(E.callsNamed('app.quit')).toHaveLength(1));
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('quits even when the services do not stop', async () => {
    await launch();
    vi.spyOn(services, 'close').mockImplementation(() => new Promise(() => undefined));
    vi.useFakeTimers();
    try {
      E.app.emit('will-quit', new E.FakeEvent());
      await vi.advanceTimersByTimeAsync(2000);
      expect(E.callsNamed('app.quit')).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1500);
      expect(E.callsNamed('app.quit')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it.runIf(process.platform === 'linux')('says when Linux has no keyring for the vault', async () => {
    await import('../../electron/main/main-process.js');
    E.safeStorage.backend = 'basic_text';
    E.app.emitReady();
    await vi.waitFor(() => expect(E.BrowserWindow.instances).toHaveLength(1));
    expect(vi.mocked(console.warn).mock.calls.flat().join(' ')).toMatch(/No system keyring was found/);
  });

  it('a second instance quits at once and opens nothing', async () => {
    E.app.lockAvailable = false;
    await import('../../electron/main/main-process.js');
    E.app.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(E.callsNamed('app.quit')).toHaveLength(1);
    expect(E.BrowserWindow.instances).toHaveLength(0);
    expect(E.ipcMain.handlers.size).toBe(0);
    expect(E.callsNamed('app.setAsDefaultProtocolClient')).toHaveLength(0);
  });
});
