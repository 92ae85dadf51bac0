import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './open-app.js';

export interface AppBesideServer<S> {
  app: OpenApp;
  page: Page;
  /** The second authorization server, known to the app only by its address. */
  server: S;
}

/**
 * For a describe block: starts an authorization server beside the built-in sandbox, opens the app in Chromium once
 * the sandbox connection shows, and closes both after the block. The fields are filled before the first test runs.
 */
export function appBesideServer<S extends { close(): Promise<void> }>(start: () => Promise<S>): AppBesideServer<S> {
  const opened = {} as AppBesideServer<S>;
  beforeAll(async () => {
    opened.server = await start();
    opened.app = await openApp();
    opened.page = opened.app.page;
    await opened.page.getByTestId('connection-sandbox').waitFor();
  });
  afterAll(async () => {
    await opened.app?.close();
    await opened.server?.close();
  });
  return opened;
}
