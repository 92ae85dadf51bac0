import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BOUNDS } from '../../electron/main/window-options.js';
import {
  loadWindowState,
  parseWindowState,
  rememberWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../electron/main/window-state.js';
import { BrowserWindow, resetStandIn } from './stand-in/electron.js';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
let dir: string;

beforeEach(async () => {
  resetStandIn();
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-window-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('parseWindowState', () => {
  it('restores size, position and maximized state', () => {
    const text = JSON.stringify({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true });
    expect(parseWindowState(text, screen)).toEqual({
      bounds: { x: 100, y: 50, width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('drops a position that is on no screen any more', () => {
    const text = JSON.stringify({ bounds: { x: 3000, y: 50, width: 1200, height: 800 } });
    expect(parseWindowState(text, screen)).toEqual({ bounds: { width: 1200, height: 800 }, maximized: false });
  });

  it('falls back to the default for missing, damaged or silly state', () => {
    for (const text of [
      undefined,
      '',
      '{',
      'null',
      '{"bounds":{"width":"big","height":10}}',
      '{"bounds":{"width":50,"height":50}}',
    ]) {
      expect(parseWindowState(text, screen)).toEqual({ bounds: DEFAULT_BOUNDS, maximized: false });
    }
  });
});

describe('saving and loading', () => {
  it('round-trips through an atomically written file', async () => {
    await saveWindowState(dir, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE]);
    expect(await loadWindowState(dir, screen)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('starts with the default when the file is absent or damaged', async () => {
    expect(await loadWindowState(dir, screen)).toEqual({ bounds: DEFAULT_BOUNDS, maximized: false });
    await writeFile(join(dir, WINDOW_STATE_FILE), 'garbage');
    expect(await loadWindowState(dir, screen)).toEqual({ bounds: DEFAULT_BOUNDS, maximized: false });
  });

  it('saves the window bounds when it closes', () => {
    const window = new BrowserWindow({ x: 5, y: 6, width: 1100, height: 750 });
    window.maximize();
    const save = vi.fn(async () => undefined);
    rememberWindowState(window, save, () => undefined);
    window.close();
    expect(save).toHaveBeenCalledWith({ bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: true });
  });
});
