import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { spawnCliUntilJson, type SpawnedCli } from './spawn-json-line.js';

export interface WebReady {
  url: string;
  launchUrl: string;
  issuer: string;
}

export interface OpenApp {
  web: SpawnedCli<WebReady>;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  env?: NodeJS.ProcessEnv;
  viewport?: { width: number; height: number };
}

/** The app as a user gets it: `tokenscope web` in its own process, opened in Chromium at its launch address. */
export async function openApp(options: OpenAppOptions = {}): Promise<OpenApp> {
  const web = await spawnCliUntilJson<WebReady>(['web', '--json', '--no-open'], { env: options.env });
  const browser = await launchChromium();
  // A context of its own (not newPage's): axe opens a second page in it to gather its results.
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  await page.goto(web.ready.launchUrl);
  return {
    web,
    browser,
    page,
    async close() {
      await browser.close();
      await web.stop();
    },
  };
}
