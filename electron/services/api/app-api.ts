import type { TokenscopeApi } from '../../../shared/contract/api.js';
import type { AppInfo, ShellKind } from '../../../shared/contract/app-info.js';
import type { ConnectionSummary } from '../../../shared/contract/connection.js';
import type { FlowResult } from '../../../shared/contract/flow.js';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';
import { runClientCredentials } from '../flows/client-credentials.js';
import { inspectToken } from '../inspect/inspect-token.js';
import { createSandboxApi } from './sandbox-api.js';
import { createReplayApi } from '../replay/replay-api.js';
import type { SecretVault } from '../vault/secret-vault.js';
import { createInspectApi } from './inspect-api.js';
import { createSandboxControl, type SandboxControl } from '../sandbox-control/sandbox-control.js';
import { DEFAULT_WORLD_YAML } from '../../../shared/sandbox/default-world.js';
import { SANDBOX_CONNECTION_ID, sandboxConnection, unavailableSandboxConnection } from '../connections/sandbox-connection.js';

export interface AppContext {
  shell: ShellKind;
  version: string;
  dataDir: string;
  electronVersion?: string;
  chromeVersion?: string;
  /** The running sandbox, or why it is not running. */
  sandbox: SandboxHandle | { error: string };
  /** Where secrets are kept (safeStorage in Electron, a passphrase file or memory elsewhere). */
  vault: SecretVault;
  /** World edits; created over `sandbox` with the default world when absent (tests). */
  sandboxControl?: SandboxControl;
}

/** The services behind the contract. Transports (IPC, HTTP) reach them only through `dispatch`. */
export function createAppApi(context: AppContext): TokenscopeApi {
  const sandbox = 'issuer' in context.sandbox ? context.sandbox : undefined;
  const connections = (): ConnectionSummary[] => [
    sandbox ? sandboxConnection(sandbox) : unavailableSandboxConnection((context.sandbox as { error: string }).error),
  ];

  const sandboxControl = context.sandboxControl ?? createSandboxControl({ dataDir: context.dataDir, sandbox: context.sandbox, initialText: DEFAULT_WORLD_YAML });

  return {
    ...createSandboxApi(sandboxControl),
    ...createReplayApi({ dataDir: context.dataDir }),
    ...createInspectApi(() => context.sandbox),

    async getAppInfo(): Promise<AppInfo> {
      return {
        name: 'Tokenscope',
        version: context.version,
        shell: context.shell,
        dataDir: context.dataDir,
        electronVersion: context.electronVersion,
        chromeVersion: context.chromeVersion,
        nodeVersion: process.versions.node,
        vault: context.vault.status(),
      };
    },

    async listConnections() {
      return connections();
    },

    async runClientCredentials(request): Promise<FlowResult> {
      const connection = connections().find((c) => c.id === request.connectionId);
      if (!connection || connection.unavailable || request.connectionId !== SANDBOX_CONNECTION_ID || !sandbox) {
        throw new Error(connection?.unavailable ?? `There is no connection "${request.connectionId}". Pick one from the list of connections.`);
      }
      const client = sandbox.clients.find((c) => c.clientId === request.clientId);
      if (!client) {
        throw new Error(`The sandbox has no application "${request.clientId}". Pick one of: ${sandbox.clients.map((c) => c.clientId).join(', ')}.`);
      }
      return runClientCredentials({
        issuer: sandbox.issuer,
        client: { clientId: client.clientId, clientSecret: client.clientSecret, authMethod: 'client_secret_basic' },
        resources: request.resources,
        scope: request.scope,
      });
    },

    async inspectToken(request) {
      return inspectToken(request);
    },
  };
}
