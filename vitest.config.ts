import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const standInElectron = fileURLToPath(new URL('./tests/electron/stand-in/electron.ts', import.meta.url));

// One runner for every kind of test, so `npm test` reports one count. Projects split them by what they start.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      // A timeout is no performance check (those are benchmarks): the default 5 s failed ajv compiling
      // electron-builder's schema on a loaded machine.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The Electron shell against a stand-in for the `electron` module: no Electron runtime can run here.
        resolve: { alias: { electron: standInElectron } },
        test: { name: 'electron-shell', include: ['tests/electron/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Replays what a real Logto answered (tests/conformance/recorded/) against the sandbox.
        test: {
          name: 'conformance',
          include: ['tests/conformance/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/fail-on-page-problems.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
