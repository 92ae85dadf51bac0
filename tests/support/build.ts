import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIsStale } from '../../electron/services/launch/build-freshness.js';

export const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = `${PROJECT_DIR}out/renderer`;

/** Builds the app once when out/ is missing or older than its sources, as `npm start` would. */
export function ensureBuilt(): void {
  if (!buildIsStale(PROJECT_DIR)) return;
  execFileSync(process.execPath, [`${PROJECT_DIR}node_modules/electron-vite/bin/electron-vite.js`, 'build'], {
    cwd: PROJECT_DIR,
    stdio: 'inherit',
  });
}
