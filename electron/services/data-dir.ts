import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser host and the CLI keep workspaces and the vault: TOKENSCOPE_DATA_DIR, else the XDG config
 * folder. The desktop app uses Electron's userData instead and passes it in.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TOKENSCOPE_DATA_DIR) return env.TOKENSCOPE_DATA_DIR;
  const config = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(config, 'tokenscope');
}
