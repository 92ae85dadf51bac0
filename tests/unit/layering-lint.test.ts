import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The layer rules of docs/architecture.md, as ESLint applies them to a file at each place in the tree.
describe('layering lint', () => {
  it.each([
    ['shared/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/x.ts', "import { readFile } from 'fs';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { dispatch } from '../electron/services/api/dispatch.js';"],
    ['shared/x.ts', "import { api } from '../renderer/src/api/api';"],
    ['renderer/src/x.ts', "import { createServer } from 'node:http';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';"],
    ['electron/services/x.ts', "import { safeStorage } from 'electron';"],
    ['electron/cli/x.ts', "import { app } from 'electron';"],
    ['electron/services/x.ts', "import { api } from '../../renderer/src/api/api';"],
    ['tests/unit/x.test.ts', "import { app } from 'electron';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['shared/x.ts', "import { decodeJwt } from 'jose';"],
    ['renderer/src/x.ts', "import { decodeToken } from '../../shared/token/decode';"],
    ['electron/services/x.ts', "import { readFile } from 'node:fs';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
