import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronRuntime } from '../../electron/services/launch/electron-runtime.js';

function project(withBinary: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenscope-electron-'));
  mkdirSync(join(dir, 'node_modules', 'electron', 'dist'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'electron', 'path.txt'), 'electron');
  if (withBinary) writeFileSync(join(dir, 'node_modules', 'electron', 'dist', 'electron'), '');
  return dir;
}

describe('findElectronRuntime', () => {
  it('finds the runtime the electron package downloaded', () => {
    const dir = project(true);
    expect(findElectronRuntime(dir, {}, 'linux')).toEqual({
      found: true,
      executable: join(dir, 'node_modules/electron/dist/electron'),
    });
  });

  it('says why there is none, and how to point at one', () => {
    const result = findElectronRuntime(project(false), {}, 'linux');
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, and says when it points nowhere', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    writeFileSync(join(elsewhere, 'electron'), '');
    expect(findElectronRuntime(project(false), { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, 'linux')).toEqual({
      found: true,
      executable: join(elsewhere, 'electron'),
    });
    const missing = findElectronRuntime(project(true), { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, 'linux');
    expect(missing.found).toBe(false);
  });

  it('knows the macOS app bundle layout', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    mkdirSync(join(elsewhere, 'Electron.app/Contents/MacOS'), { recursive: true });
    writeFileSync(join(elsewhere, 'Electron.app/Contents/MacOS/Electron'), '');
    expect(findElectronRuntime('/x', { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, 'darwin').found).toBe(true);
  });
});
