import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

// The layer rules of docs/architecture.md, as ESLint applies them to a file at each place in the tree.
describe('layering lint (an allow-list per folder)', () => {
  // The first lint loads the config, its plugins and TypeScript's parser: seconds on a loaded machine. Done once
  // here with room to spare, so no single case carries the load time (a case once timed out at 5 s under CI load).
  beforeAll(async () => {
    await layerMessages('shared/x.ts', 'export {};');
  }, 120_000);

  it.each([
    ['shared/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/x.ts', "import { readFile } from 'fs';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import { dispatch } from '../electron/services/api/dispatch.js';"],
    ['shared/x.ts', "import { api } from '../renderer/src/api/api';"],
    ['renderer/src/x.ts', "import { createServer } from 'node:http';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { fetch } from 'undici';"],
    ['renderer/src/x.ts', "import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';"],
    ['renderer/src/x.ts', "const m = await import('../../electron/services/sandbox/start-sandbox.js');"],
    ['electron/services/x.ts', "import { safeStorage } from 'electron';"],
    ['electron/services/x.ts', "import { api } from '../../renderer/src/api/api';"],
    ['electron/services/x.ts', "import { createMainWindow } from '../main/window.js';"],
    ['electron/services/x.ts', "import { main } from '../cli/main.js';"],
    ['electron/services/x.ts', "import React from 'react';"],
    ['electron/cli/x.ts', "import { app } from 'electron';"],
    ['electron/cli/x.ts', "import { createMainWindow } from '../main/window.js';"],
    ['electron/main/x.ts', "import { main } from '../cli/main.js';"],
    ['electron/main/x.ts', "import { App } from '../../renderer/src/app/App.js';"],
    ['electron/preload/x.ts', "import { readFile } from 'node:fs';"],
    ['electron/preload/x.ts', "import { dispatch } from '../services/api/dispatch.js';"],
    ['bench/x.ts', "import { app } from 'electron';"],
    ['bench/x.ts', "import { App } from '../renderer/src/app/App.js';"],
    ['tests/unit/x.test.ts', "import { app } from 'electron';"],
    ['tests/unit/x.test.ts', "const { app } = require('electron');"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await layerMessages(file, code)).toHaveLength(1);
  });

  it.each([
    ['shared/x.ts', "import { decodeJwt } from 'jose';"],
    ['shared/x.ts', "import type { FlowResult } from './contract/flow.js';"],
    ['renderer/src/x.ts', "import { decodeToken } from '../../shared/token/decode';"],
    ['renderer/src/x.ts', "import EditorWorker from 'monaco-editor/editor/editor.worker?worker';"],
    ['electron/services/x.ts', "import { readFile } from 'node:fs';"],
    ['electron/services/x.ts', "import * as client from 'openid-client';"],
    ['electron/cli/x.ts', "import { startSandbox } from '../services/sandbox/start-sandbox.js';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/main/x.ts', "import { createAppServices } from '../services/api/app-services.js';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['electron/preload/x.ts', "import { TOKENSCOPE_CHANNEL } from '../../shared/contract/preload-bridge.js';"],
    ['bench/x.ts', "import { chromium } from 'playwright-core';"],
    ['tests/unit/x.test.ts', "import { dispatch } from '../../electron/services/api/dispatch.js';"],
    ['tests/electron/x.test.ts', "import { app } from 'electron';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await layerMessages(file, code)).toEqual([]);
  });

  it('says what the layer may import and why', async () => {
    const [message] = await layerMessages('shared/x.ts', "import { useState } from 'react';");
    expect(message).toMatch(/pure TypeScript/);
    expect(message).toMatch(/may import shared\/, jose/);
    expect(message).toMatch(/Not react/);
  });
});
