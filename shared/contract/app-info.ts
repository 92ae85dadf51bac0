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
}
