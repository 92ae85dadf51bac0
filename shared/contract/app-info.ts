import type { VaultStatus } from './vault-status.js';

export type ShellKind = 'electron' | 'browser-host';

export interface AppInfo {
  name: 'Tokenscope';
  version: string;
  shell: ShellKind;
  /** Where workspaces, the vault and the sandbox world live. */
  dataDir: string;
  /** Present in the desktop app only. */
  electronVersion?: string;
  chromeVersion?: string;
  nodeVersion: string;
  /** Where secrets go; its warning is shown when they are less protected than a user would assume. */
  vault: VaultStatus;
}
