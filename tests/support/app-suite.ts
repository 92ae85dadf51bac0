/**
 * The frame of an e2e file: a `describe` that is skipped, with the reason in its title, where Chromium is missing;
 * the app opened once before its tests (`openApp`), made ready by `setup`, and closed after them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { chromiumMissingReason } from './chromium.js';
import { openApp, type OpenApp, type OpenAppOptions } from './open-app.js';
import { readWhenRun } from './for-file.js';

export interface AppSuiteOptions extends OpenAppOptions {
  /** Run on the opened app before the first test (a token to start from, a view to open). */
  setup?: (app: OpenApp) => Promise<void>;
  /** The sandbox world (YAML) the app starts with, in a data folder of its own. */
  world?: () => string;
}

/** A data folder of its own holding `world` as the sandbox's world file. */
function dataDirWithWorld(world: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenscope-e2e-world-'));
  writeFileSync(join(dir, 'sandbox-world.yaml'), world);
  return dir;
}

/** A viewport wide enough for a view and the lesson panel side by side. */
export const WIDE = { width: 1600, height: 1000 };

/** Waits until the app lists the sandbox connection: the workspace has loaded. */
export const sandboxListed = (app: OpenApp) => app.page.getByTestId('connection-sandbox').waitFor();

export function describeWithApp(title: string, options: AppSuiteOptions, body: (app: OpenApp) => void): void {
  const missing = chromiumMissingReason();
  describe.skipIf(missing)(`${title}${missing ? ` (skipped: ${missing})` : ''}`, () => {
    let opened: OpenApp | undefined;
    // Read when a test runs, not when the describe is collected (the app is not open yet then).
    const app = readWhenRun('The app', () => opened);

    beforeAll(async () => {
      const { world, env } = options;
      opened = await openApp(
        world ? { ...options, env: { ...env, TOKENSCOPE_DATA_DIR: dataDirWithWorld(world()) } } : options,
      );
      await options.setup?.(opened);
    });

    afterAll(async () => {
      await opened?.close();
    });

    body(app);
  });
}
