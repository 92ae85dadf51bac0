import { readFileSync } from 'node:fs';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import type { ShellKind } from '../../shared/contract/app-info.js';
import { createAppApi } from './api/app-api.js';
import { createEventHub, type EventHub } from './events/event-hub.js';
import { FlowEngine } from './flows/flow-engine.js';
import type { OpenSignInWindow } from './flows/flow-api.js';
import { startSandbox } from './sandbox/start-sandbox.js';
import type { SandboxHandle } from './sandbox/sandbox-handle.js';
import { createSandboxControl, loadSavedWorld } from './sandbox-control/sandbox-control.js';
import type { SecretVault } from './vault/secret-vault.js';
import { openNodeVault, vaultPassphraseFromEnv } from './vault/open-node-vault.js';

export interface AppServicesOptions {
  shell: ShellKind;
  dataDir: string;
  /** The app's version; read from package.json when absent. */
  version?: string;
  electronVersion?: string;
  chromeVersion?: string;
  /** Where secrets go: Electron passes its safeStorage vault; elsewhere a passphrase file (TOKENSCOPE_VAULT_PASSPHRASE) or memory. */
  vault?: SecretVault;
  /** The desktop app's in-app sign-in window (Electron only). */
  openSignInWindow?: OpenSignInWindow;
  /** Port for the sandbox; random when absent. */
  sandboxPort?: number;
}

export interface AppServices {
  api: TokenscopeApi;
  /**
   * A redirect that came back outside the contract (the tokenscope:// scheme in the desktop app): finishes the
   * sign-in waiting under its `state`, or says why none is. The renderer hears of the result as an event.
   */
  handleProtocolUrl(url: string): Promise<{ accepted: boolean; message?: string }>;
  sandbox?: SandboxHandle;
  /** What the services tell the renderer unasked; each shell forwards it (webContents.send, the host's stream). */
  events: EventHub;
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    // Bundled builds sit elsewhere relative to package.json; electron/main passes app.getVersion() instead.
    return process.env.npm_package_version ?? '0.0.0';
  }
}

/** Everything the app runs besides its window: the same for the desktop shell and the browser host. */
export async function startAppServices(options: AppServicesOptions): Promise<AppServices> {
  let sandbox: SandboxHandle | undefined;
  let sandboxError: string | undefined;
  // The world the user applied last time, so a restart keeps it; the default world when there is none.
  const saved = await loadSavedWorld(options.dataDir);
  try {
    sandbox = await startSandbox({ port: options.sandboxPort, world: saved.world });
  } catch (error) {
    // The app stays usable against other servers; the sandbox connection says why it is missing.
    sandboxError = (error as Error).message;
  }
  const sandboxOrError = sandbox ?? { error: sandboxError ?? 'unknown error' };
  const flows = new FlowEngine();
  const events = createEventHub();
  const api = createAppApi({
    shell: options.shell,
    version: options.version ?? packageVersion(),
    dataDir: options.dataDir,
    electronVersion: options.electronVersion,
    chromeVersion: options.chromeVersion,
    sandbox: sandboxOrError,
    flows,
    events,
    openSignInWindow: options.openSignInWindow,
    vault: options.vault ?? openNodeVault({ dataDir: options.dataDir, passphrase: vaultPassphraseFromEnv() }),
    sandboxControl: createSandboxControl({
      dataDir: options.dataDir,
      sandbox: sandboxOrError,
      initialText: saved.text,
      loadProblem: saved.problem,
      events,
    }),
  });
  return {
    api,
    sandbox,
    events,
    async handleProtocolUrl(url) {
      const outcome = await flows.handleCallback(url);
      return outcome.accepted ? { accepted: true } : { accepted: false, message: outcome.message };
    },
    async close() {
      // The loopback redirect listener of pending sign-ins too: a port left open would outlive the app.
      await Promise.all([flows.close(), sandbox?.close()]);
    },
  };
}
