import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../services/files/atomic-write.js';
import { DEFAULT_BOUNDS, type WindowBounds } from './window-options.js';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Reads saved bounds, keeping a position only if it is still on one of the screens (a monitor may have been
 * unplugged since), and falls back to the default size for anything it does not understand.
 */
export function parseWindowState(text: string | undefined, workAreas: readonly Rectangle[]): WindowState {
  const fallback: WindowState = { bounds: { ...DEFAULT_BOUNDS }, maximized: false };
  if (!text) return fallback;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fallback;
  }
  const value = raw as { bounds?: Partial<Rectangle>; maximized?: unknown } | null;
  const bounds = value?.bounds;
  if (!bounds || !isInt(bounds.width) || !isInt(bounds.height) || bounds.width < 200 || bounds.height < 200)
    return fallback;
  const size = { width: bounds.width, height: bounds.height };
  const maximized = value.maximized === true;
  if (isInt(bounds.x) && isInt(bounds.y)) {
    const placed = { x: bounds.x, y: bounds.y, ...size };
    if (workAreas.some((area) => overlaps(placed, area))) return { bounds: placed, maximized };
  }
  return { bounds: size, maximized };
}

export async function loadWindowState(dataDir: string, workAreas: readonly Rectangle[]): Promise<WindowState> {
  const text = await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8').catch(() => undefined);
  return parseWindowState(text, workAreas);
}

export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(dataDir, WINDOW_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`, 0o644);
}

export interface TrackedWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Remembers where the window was when it closes; the un-maximized bounds, so restoring works next time. */
export function rememberWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => Promise<void>,
  onError: (error: Error) => void,
): void {
  window.on('close', () => {
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }).catch(onError);
  });
}
