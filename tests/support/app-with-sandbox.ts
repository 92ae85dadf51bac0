import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { FlowEngine } from '../../electron/services/flows/flow-engine.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { startedForFile } from './for-file.js';

export interface AppWithSandbox {
  sandbox: SandboxHandle;
  flows: FlowEngine;
  api: TokenscopeApi;
  /** Everything the app wrote goes here. */
  dataDir: string;
  close(): Promise<void>;
}

/** The app's services as the browser host runs them, over a real sandbox on a random loopback port. */
export async function startAppWithSandbox(name: string): Promise<AppWithSandbox> {
  const sandbox = await startSandbox({ port: 0 });
  const flows = new FlowEngine();
  const dataDir = mkdtempSync(join(tmpdir(), `tokenscope-${name}-`));
  const api = createAppApi({
    shell: 'browser-host',
    vault: createMemoryVault(),
    version: 'test',
    dataDir,
    sandbox,
    flows,
  });
  return {
    sandbox,
    flows,
    api,
    dataDir,
    async close() {
      await flows.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app's services over a sandbox for the whole test file: started before its first test, closed after its last.
 * Call at the top of the file; read the fields inside tests and hooks (they throw before the start).
 */
export function appWithSandboxForFile(name: string): AppWithSandbox {
  return startedForFile('The app', () => startAppWithSandbox(name));
}
