import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronRuntime = { found: true; executable: string } | { found: false; reason: string };

function binaryInDist(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Finds an Electron runtime without asking the `electron` package, whose first `require` tries to download
 * one (and fails offline). Mirrors what the package itself looks at: ELECTRON_OVERRIDE_DIST_PATH, then
 * node_modules/electron/dist with the name recorded in path.txt.
 */
export function findElectronRuntime(
  projectDir: string,
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): ElectronRuntime {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, env.ELECTRON_OVERRIDE_BINARY_NAME ?? binaryInDist(platform));
    return existsSync(executable)
      ? { found: true, executable }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${executable} does not exist` };
  }
  const packageDir = join(projectDir, 'node_modules', 'electron');
  if (!existsSync(packageDir))
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : binaryInDist(platform);
  const executable = join(packageDir, 'dist', relative);
  return existsSync(executable)
    ? { found: true, executable }
    : {
        found: false,
        reason:
          'no Electron runtime in node_modules/electron/dist (it is downloaded on first use, which needs the network); set ELECTRON_OVERRIDE_DIST_PATH to a runtime you have',
      };
}
