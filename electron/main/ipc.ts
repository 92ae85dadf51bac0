import type { TokenscopeApi } from '../../shared/contract/api.js';
import { TOKENSCOPE_IPC_CHANNEL } from '../../shared/contract/preload-bridge.js';
import { TOKENSCOPE_EVENT_CHANNEL, type SubscribeToEvents } from '../../shared/contract/events.js';
import type { ApiEnvelope } from '../../shared/contract/transport.js';
import { isAppUrl } from './app-url.js';

/** What Electron tells us about the frame that sent a message (a WebFrameMain). */
export interface SenderFrame {
  url: string;
  processId: number;
  routingId: number;
  parent: unknown;
}

export interface IpcEventLike {
  senderFrame: SenderFrame | null;
  sender: { id: number };
}

export interface MainWindowLike {
  isDestroyed(): boolean;
  webContents: { id: number; mainFrame: SenderFrame };
}

/**
 * Only the main window's top frame, showing the app's own page, may call the contract. A frame that navigated
 * away, an iframe, or another window (the sign-in window shows a third party's page) is refused.
 */
export function isTrustedSender(event: IpcEventLike, window: MainWindowLike | undefined, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  const main = window.webContents.mainFrame;
  return (
    event.sender.id === window.webContents.id &&
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    isAppUrl(frame.url, appUrl)
  );
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcEventLike, method: unknown, argument: unknown) => Promise<ApiEnvelope>,
  ): void;
}

export interface ContractIpcOptions {
  api: TokenscopeApi;
  dispatch(api: TokenscopeApi, method: unknown, argument: unknown): Promise<ApiEnvelope>;
  mainWindow(): MainWindowLike | undefined;
  appUrl: string;
}

export const FORBIDDEN_SENDER: ApiEnvelope = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'Tokenscope answers only its own window. This call came from another page or frame and was refused.',
  },
};

/** The one IPC handler: every contract call passes the sender check, then `dispatch`. */
export function registerContractIpc(ipcMain: IpcMainLike, options: ContractIpcOptions): void {
  ipcMain.handle(TOKENSCOPE_IPC_CHANNEL, async (event, method, argument) => {
    if (!isTrustedSender(event, options.mainWindow(), options.appUrl)) return FORBIDDEN_SENDER;
    return options.dispatch(options.api, method, argument);
  });
}

export interface EventWindowLike {
  isDestroyed(): boolean;
  webContents: { mainFrame: { url: string }; send(channel: string, ...args: unknown[]): void };
}

/**
 * The push half: every event goes to the main window, and only while it shows the app's own page (a window that
 * navigated away would hand a third party what the user's runs did). Returns the function that stops.
 */
export function forwardEvents(
  subscribe: SubscribeToEvents,
  mainWindow: () => EventWindowLike | undefined,
  appUrl: string,
) {
  return subscribe((event) => {
    const window = mainWindow();
    if (!window || window.isDestroyed() || !isAppUrl(window.webContents.mainFrame.url, appUrl)) return;
    window.webContents.send(TOKENSCOPE_EVENT_CHANNEL, event);
  });
}
