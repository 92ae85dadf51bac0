// Lint enforces the layers (docs/architecture.md): what a file may import follows from its folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const noNodeNoElectron = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node: move Node code to electron/services and call it through the contract.' })),
    { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
  ],
  patterns: [{ group: ['**/electron/**', '!**/shared/**'], message: 'Reach the main side only through the contract in shared/contract.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        ...noNodeNoElectron,
        patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from the other layers.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', noNodeNoElectron] },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'bin/**/*.js'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Node services run without Electron too (browser host, CLI, tests): take what you need from electron/main as a parameter.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'The Node side never imports the renderer.' }],
      }],
    },
  },
  {
    // Tests and benchmarks may import any layer, but never the real `electron` (it cannot run here):
    // the electron-shell tests get a stand-in through vitest's alias.
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    ignores: ['tests/electron/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Use the stand-in: put the test under tests/electron/.' }] }],
    },
  },
);
