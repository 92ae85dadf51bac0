/**
 * The desktop shell's entry: wiring only. Each decision lives in a small module beside this one, tested against
 * a stand-in `electron` (tests/electron). Order matters: the data folder and the single-instance lock before
 * anything else, `open-url` before `ready` (macOS delivers launch URLs early).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../services/api/dispatch.js';
import { startAppServices, type AppServices } from '../services/app-services.js';
import { defaultDataDir } from '../services/data-dir.js';
import { showAbout, type AboutInfo } from './about.js';
import { appUrlFor } from './app-url.js';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from './with-content-security-policy.js';
import { registerProtocolClient } from './default-protocol.js';
import { focusWindow } from './focus-window.js';
import { forwardEvents, registerContractIpc } from './ipc.js';
import { createMainWindow } from './main-window.js';
import { menuTemplate } from './menu.js';
import { handleWindowOpen } from './navigation.js';
import { restrictPermissions } from './permissions.js';
import { createProtocolRouter, describeProtocolUrl, type OnProtocolUrl } from './protocol-url.js';
import { openSafeStorageVault, SAFE_STORAGE_VAULT_FILE } from './safe-storage-vault.js';
import { SIGN_IN_PARTITION, signInInWindow } from './sign-in-window.js';
import { claimSingleInstance } from './single-instance.js';
import { loadWindowState, saveWindowState } from './window-state.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererHtml = join(here, '../renderer/index.html');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const appUrl = appUrlFor({ rendererHtml, devServerUrl, packaged: app.isPackaged });

// TOKENSCOPE_DATA_DIR lets a test or a second profile run apart; it must be set before the single-instance
// lock, which Electron keys on this folder.
if (process.env.TOKENSCOPE_DATA_DIR) app.setPath('userData', process.env.TOKENSCOPE_DATA_DIR);
// The same folder as the browser host and the CLI (~/.config/tokenscope), so a world, workspaces and secrets
// saved in one are there in the others; Chromium's own caches stay in Electron's userData.
const dataDir = defaultDataDir();

// A server that will not stop must not keep the app from quitting.
const QUIT_GRACE_MS = 3000;

let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;
let started = false;

const router = createProtocolRouter();
const primary = claimSingleInstance(app, { router, argv: process.argv, focus: () => showWindow() });
if (primary) registerProtocolClient(app, process);

// tokenscope://callback?code=…&state=… ends the sign-in waiting under that state. A refused one is said without
// the query: it carries the authorization code.
const onProtocolUrl: OnProtocolUrl = (url) => {
  if (!services) return;
  services.handleProtocolUrl(url).then(
    (outcome) => {
      if (!outcome.accepted) console.warn(`Tokenscope refused ${describeProtocolUrl(url)}: ${outcome.message}`);
    },
    (error: Error) => report(error),
  );
};

function report(error: Error): void {
  console.error(error.message);
}

function aboutInfo(): AboutInfo {
  return {
    version: app.getVersion(),
    electronVersion: process.versions.electron ?? 'unknown',
    chromeVersion: process.versions.chrome ?? 'unknown',
    nodeVersion: process.versions.node,
    dataDir,
  };
}

async function openMainWindow(): Promise<void> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  mainWindow = createMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    preloadPath,
    appUrl,
    state: await loadWindowState(dataDir, workAreas),
    openExternal: (url) => shell.openExternal(url),
    saveState: (state) => saveWindowState(dataDir, state),
    onError: report,
  });
  mainWindow.on('closed', () => (mainWindow = undefined));
}

/** Front and centre; on macOS the app may be running with every window closed, so open one. */
function showWindow(): void {
  if (mainWindow) focusWindow(mainWindow);
  else if (started) openMainWindow().catch(report);
}

async function start(): Promise<void> {
  const policy = devServerUrl && !app.isPackaged ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  restrictPermissions(session.defaultSession);
  restrictPermissions(session.fromPartition(SIGN_IN_PARTITION));
  // Every web contents, including any we did not create ourselves: no <webview>, no pop-ups.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, (target) => shell.openExternal(target)));
  });

  // The services keep secrets here; getAppInfo reports its status, so the UI can warn about basic_text.
  const vault = await openSafeStorageVault({
    safeStorage,
    file: join(dataDir, SAFE_STORAGE_VAULT_FILE),
    platform: process.platform,
  });
  const vaultStatus = await vault.check();
  if (vaultStatus.warning) console.warn(vaultStatus.warning);
  // `tokenscope start` shares this process's output: a vault that cannot be opened is said at start.
  if (vaultStatus.problem) console.error(`Your saved secrets are not available. ${vaultStatus.problem.message}`);

  services = await startAppServices({
    shell: 'electron',
    dataDir,
    vault,
    openSignInWindow: (authorizationUrl, redirectUri) =>
      signInInWindow((options) => new BrowserWindow(options), { authorizationUrl, redirectUri, parent: mainWindow }),
    version: app.getVersion(),
    electronVersion: process.versions.electron,
    chromeVersion: process.versions.chrome,
  });
  registerContractIpc(ipcMain, { api: services.api, dispatch, mainWindow: () => mainWindow, appUrl });
  forwardEvents(services.events.subscribe, () => mainWindow, appUrl);

  const about = () =>
    void showAbout(
      {
        showMessageBox: (options) =>
          mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
      },
      aboutInfo(),
      (folder) => shell.openPath(folder),
    ).catch(report);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, {
        about,
        openDataFolder: () => void shell.openPath(dataDir),
        openHelp: () => void shell.openExternal('https://docs.logto.io/'),
      }),
    ),
  );

  await openMainWindow();
  started = true;
  router.connect(onProtocolUrl);
}

if (primary) {
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && started) openMainWindow().catch(report);
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !services) return;
    // Stop the sandbox server cleanly before the process goes.
    event.preventDefault();
    const giveUp = new Promise<void>((resolve) => setTimeout(resolve, QUIT_GRACE_MS).unref());
    void Promise.race([services.close(), giveUp])
      .catch(report)
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: Error) => {
      dialog.showErrorBox(
        'Tokenscope could not start',
        `${error.message}\n\nRun "npx tokenscope start --web" to use Tokenscope in your browser instead.`,
      );
      app.exit(1);
    });
}
