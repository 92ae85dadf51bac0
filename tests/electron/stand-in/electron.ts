/**
 * A recording stand-in for the `electron` module: no Electron runtime can run on our machines (it cannot be
 * downloaded here). vitest aliases `electron` to this file for the electron-shell project. It implements only
 * what the shell uses, records every call in `calls`, and offers helpers (`emitReady`, `resetStandIn`) to drive it.
 */
import { EventEmitter } from 'node:events';

export interface RecordedCall {
  name: string;
  args: unknown[];
}

export const calls: RecordedCall[] = [];
const record = (name: string, ...args: unknown[]) => void calls.push({ name, args });
export const callsNamed = (name: string) => calls.filter((call) => call.name === name);

/** Stands in for Electron's `Event`: only preventDefault matters to the shell. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault() {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeWebFrameMain {
  constructor(
    public url: string,
    public processId: number,
    public routingId: number,
    public parent: FakeWebFrameMain | null = null,
  ) {}
}

export type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

export class FakeSession {
  headersListener?: HeadersListener;
  permissionRequestHandler?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheckHandler?: (contents: unknown, permission: string) => boolean;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      record('session.webRequest.onHeadersReceived', this.partition);
      this.headersListener = listener;
    },
  };
  constructor(public readonly partition: string) {}
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler;
  }
}

const partitions = new Map<string, FakeSession>();
const globalSession = () => session.defaultSession;

export const session = {
  defaultSession: new FakeSession(''),
  fromPartition(partition: string) {
    let found = partitions.get(partition);
    if (!found) partitions.set(partition, (found = new FakeSession(partition)));
    return found;
  },
};

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame: FakeWebFrameMain;
  windowOpenHandler?: (details: { url: string }) => { action: string };
  readonly loadedUrls: string[] = [];
  /** Makes the next loadURL reject, as a failed navigation does. */
  failNextLoad?: Error;
  constructor(public session: FakeSession = globalSession()) {
    super();
    this.mainFrame = new FakeWebFrameMain('about:blank', 1000 + this.id, 1);
  }
  send(channel: string, ...args: unknown[]) {
    record('webContents.send', channel, ...args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  async loadURL(url: string) {
    this.loadedUrls.push(url);
    if (this.failNextLoad) {
      const error = this.failNextLoad;
      this.failNextLoad = undefined;
      throw error;
    }
    this.mainFrame.url = url;
  }
  getURL() {
    return this.mainFrame.url;
  }
  /** Fires a navigation event as Chromium would, and says whether the shell stopped it. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    const fake = new FakeEvent();
    this.emit(event, fake, url);
    return fake.defaultPrevented;
  }
}

export interface FakeWindowOptions {
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  show?: boolean;
  webPreferences?: Record<string, unknown> & { partition?: string };
  [key: string]: unknown;
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows() {
    return BrowserWindow.instances.filter((window) => !window.destroyed);
  }
  readonly webContents: FakeWebContents;
  destroyed = false;
  minimized = false;
  visible: boolean;
  focused = false;
  maximized = false;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(public readonly options: FakeWindowOptions = {}) {
    super();
    const partition = options.webPreferences?.partition;
    this.webContents = new FakeWebContents(partition ? session.fromPartition(partition) : session.defaultSession);
    this.visible = options.show !== false;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  minimize() {
    this.minimized = true;
    this.focused = false;
  }
  restore() {
    this.minimized = false;
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  getBounds() {
    return { ...this.bounds };
  }
  close() {
    if (this.destroyed) return;
    this.emit('close', new FakeEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  /** Set to false to play the second instance. */
  lockAvailable = true;
  version = '0.1.0-stand-in';
  paths: Record<string, string> = { userData: '/tmp/tokenscope-stand-in/userData' };
  private ready = false;
  private readyResolvers: Array<() => void> = [];

  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return this.lockAvailable;
  }
  setAsDefaultProtocolClient(...args: unknown[]) {
    record('app.setAsDefaultProtocolClient', ...args);
    return true;
  }
  quit() {
    record('app.quit');
  }
  exit(code?: number) {
    record('app.exit', code);
  }
  getPath(name: string) {
    return this.paths[name] ?? `/tmp/tokenscope-stand-in/${name}`;
  }
  setPath(name: string, value: string) {
    record('app.setPath', name, value);
    this.paths[name] = value;
  }
  getVersion() {
    return this.version;
  }
  setAboutPanelOptions(options: unknown) {
    record('app.setAboutPanelOptions', options);
  }
  isReady() {
    return this.ready;
  }
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }
  /** Plays Electron's `ready`. */
  emitReady() {
    this.ready = true;
    for (const resolve of this.readyResolvers.splice(0)) resolve();
    this.emit('ready');
  }
  resetReady() {
    this.ready = false;
    this.readyResolvers = [];
  }
}

export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  // `never` parameters: any real handler, whatever event type it declares, can be registered.
  handle(channel: string, handler: (event: never, ...args: never[]) => unknown) {
    record('ipcMain.handle', channel);
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler as InvokeHandler);
  },
  /** Plays a renderer's `ipcRenderer.invoke` arriving with the given event. */
  async invoke(channel: string, event: unknown, ...args: unknown[]) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  },
};

const rendererEvents = new EventEmitter();

export const ipcRenderer = {
  /** Plays the main side's webContents.send arriving in the preload. */
  deliver(channel: string, ...args: unknown[]) {
    rendererEvents.emit(channel, { sender: 'ipc-renderer-event' }, ...args);
  },
  listenerCount: (channel: string) => rendererEvents.listenerCount(channel),
  on(channel: string, listener: (...args: unknown[]) => void) {
    record('ipcRenderer.on', channel);
    rendererEvents.on(channel, listener);
  },
  removeListener(channel: string, listener: (...args: unknown[]) => void) {
    record('ipcRenderer.removeListener', channel);
    rendererEvents.removeListener(channel, listener);
  },
  respond: (async () => ({ ok: true, value: null })) as (channel: string, ...args: unknown[]) => Promise<unknown>,
  invoke(channel: string, ...args: unknown[]) {
    record('ipcRenderer.invoke', channel, ...args);
    return this.respond(channel, ...args);
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    record('contextBridge.exposeInMainWorld', key);
    this.exposed.set(key, api);
  },
};

/** Reversible but not readable, like the real thing: each byte XOR 0x5a behind a marker. */
const MARKER = Buffer.from('v10');
export const safeStorage = {
  asyncAvailable: true,
  backend: 'gnome_libsecret' as string,
  shouldReEncrypt: false,
  async isAsyncEncryptionAvailable() {
    return this.asyncAvailable;
  },
  async encryptStringAsync(plainText: string) {
    record('safeStorage.encryptStringAsync');
    return Buffer.concat([MARKER, Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5a)]);
  },
  async decryptStringAsync(encrypted: Buffer) {
    record('safeStorage.decryptStringAsync');
    if (!encrypted.subarray(0, MARKER.length).equals(MARKER))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    const result = Buffer.from(encrypted.subarray(MARKER.length).map((byte) => byte ^ 0x5a)).toString('utf8');
    return { result, shouldReEncrypt: this.shouldReEncrypt };
  },
  getSelectedStorageBackend() {
    return this.backend;
  },
};

export const shell = {
  async openExternal(url: string) {
    record('shell.openExternal', url);
  },
  async openPath(path: string) {
    record('shell.openPath', path);
    return '';
  },
};

export const Menu = {
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: unknown) {
    record('Menu.setApplicationMenu', menu);
  },
};

export const dialog = {
  responses: [] as number[],
  async showMessageBox(...args: unknown[]) {
    record('dialog.showMessageBox', ...args);
    return { response: this.responses.shift() ?? 0, checkboxChecked: false };
  },
  showErrorBox(title: string, content: string) {
    record('dialog.showErrorBox', title, content);
  },
};

export const screen = {
  getAllDisplays() {
    return [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  },
};

/** Back to a fresh Electron: listeners, windows, handlers and recordings gone. */
export function resetStandIn(): void {
  calls.length = 0;
  app.removeAllListeners();
  app.resetReady();
  app.isPackaged = false;
  app.lockAvailable = true;
  app.paths = { userData: '/tmp/tokenscope-stand-in/userData' };
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  ipcRenderer.respond = async () => ({ ok: true, value: null });
  safeStorage.asyncAvailable = true;
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.shouldReEncrypt = false;
  dialog.responses = [];
  session.defaultSession = new FakeSession('');
  partitions.clear();
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  safeStorage,
  shell,
  Menu,
  dialog,
  screen,
  session,
};
