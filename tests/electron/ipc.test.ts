import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { TOKENSCOPE_IPC_CHANNEL } from '../../shared/contract/preload-bridge.js';
import { dispatch } from '../../electron/services/api/dispatch.js';
import { FORBIDDEN_SENDER, forwardEvents, isTrustedSender, registerContractIpc } from '../../electron/main/ipc.js';
import { createEventHub } from '../../electron/services/events/event-hub.js';
import { TOKENSCOPE_EVENT_CHANNEL, type TokenscopeEvent } from '../../shared/contract/events.js';
import { BrowserWindow, FakeWebFrameMain, callsNamed, ipcMain, resetStandIn } from './stand-in/electron.js';

const appUrl = 'file:///app/out/renderer/index.html';

const api = {
  getAppInfo: vi.fn(async () => ({
    name: 'Tokenscope',
    version: '0.1.0',
    shell: 'electron',
    dataDir: '/data',
    nodeVersion: '22',
  })),
  listConnections: vi.fn(async () => []),
  runClientCredentials: vi.fn(),
} as unknown as TokenscopeApi;

let window: BrowserWindow;

beforeEach(async () => {
  resetStandIn();
  vi.clearAllMocks();
  window = new BrowserWindow();
  await window.loadURL(appUrl);
  registerContractIpc(ipcMain, { api, dispatch, mainWindow: () => window, appUrl });
});

const fromMainFrame = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });

describe('IPC sender check', () => {
  it('answers the main window showing the app', async () => {
    const envelope = await ipcMain.invoke(TOKENSCOPE_IPC_CHANNEL, fromMainFrame(), 'getAppInfo', null);
    expect(envelope).toMatchObject({ ok: true, value: { name: 'Tokenscope' } });
  });

  it('still validates through dispatch', async () => {
    expect(await ipcMain.invoke(TOKENSCOPE_IPC_CHANNEL, fromMainFrame(), 'readFile', '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('refuses a frame that navigated away from the app', async () => {
    const frame = window.webContents.mainFrame;
    frame.url = 'https://evil.example/';
    expect(await ipcMain.invoke(TOKENSCOPE_IPC_CHANNEL, fromMainFrame(), 'getAppInfo', null)).toEqual(FORBIDDEN_SENDER);
    expect(api.getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses an iframe, even one with the app URL', async () => {
    const main = window.webContents.mainFrame;
    const child = new FakeWebFrameMain(appUrl, main.processId, 7, main);
    expect(
      await ipcMain.invoke(
        TOKENSCOPE_IPC_CHANNEL,
        { sender: window.webContents, senderFrame: child },
        'getAppInfo',
        null,
      ),
    ).toEqual(FORBIDDEN_SENDER);
  });

  it('refuses another window (the sign-in window, say)', async () => {
    const other = new BrowserWindow();
    await other.loadURL(appUrl);
    const event = { sender: other.webContents, senderFrame: other.webContents.mainFrame };
    expect(await ipcMain.invoke(TOKENSCOPE_IPC_CHANNEL, event, 'listConnections', null)).toEqual(FORBIDDEN_SENDER);
    expect(api.listConnections).not.toHaveBeenCalled();
  });

  it('refuses a frame from another process claiming the main window', async () => {
    const forged = new FakeWebFrameMain(appUrl, 4242, window.webContents.mainFrame.routingId);
    expect(isTrustedSender({ sender: window.webContents, senderFrame: forged }, window, appUrl)).toBe(false);
  });

  it('refuses when the frame is gone or there is no window', () => {
    expect(isTrustedSender({ sender: window.webContents, senderFrame: null }, window, appUrl)).toBe(false);
    expect(isTrustedSender(fromMainFrame(), undefined, appUrl)).toBe(false);
    window.close();
    expect(isTrustedSender(fromMainFrame(), window, appUrl)).toBe(false);
  });
});

describe('events to the window', () => {
  const event: TokenscopeEvent = { type: 'world-applied' };
  const sent = () => callsNamed('webContents.send').map((call) => call.args);

  it('go to the main window on the event channel while it shows the app', () => {
    const hub = createEventHub();
    forwardEvents(hub.subscribe, () => window, appUrl);
    hub.publish(event);
    expect(sent()).toEqual([[TOKENSCOPE_EVENT_CHANNEL, event]]);
  });

  it('are not sent to a window that navigated away, a closed one, or none', async () => {
    const hub = createEventHub();
    let shown: BrowserWindow | undefined = window;
    forwardEvents(hub.subscribe, () => shown, appUrl);
    await window.loadURL('https://evil.example/');
    hub.publish(event);
    const closed = new BrowserWindow();
    await closed.loadURL(appUrl);
    closed.close();
    shown = closed;
    hub.publish(event);
    shown = undefined;
    hub.publish(event);
    expect(sent()).toEqual([]);
  });

  it('stop when the returned function is called', () => {
    const hub = createEventHub();
    const stop = forwardEvents(hub.subscribe, () => window, appUrl);
    stop();
    hub.publish(event);
    expect(sent()).toEqual([]);
  });
});
