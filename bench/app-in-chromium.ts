import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium.js';
import { ensureBuilt } from '../tests/support/build.js';
import { spawnCliUntilJson } from '../tests/support/spawn-json-line.js';

/**
 * The built app served by `tokenscope web` over `dataDir`, open in Chromium at 1400 x 900 and ready: what the
 * browser benchmarks measure in. `close` stops the browser and the server.
 */
export async function openAppInChromium(dataDir: string): Promise<{ page: Page; close(): Promise<void> }> {
  ensureBuilt();
  const web = await spawnCliUntilJson<{ launchUrl: string }>(['web', '--json', '--no-open'], {
    env: { TOKENSCOPE_DATA_DIR: dataDir },
  });
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    await web.stop();
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(web.ready.launchUrl);
    await page.locator('[data-testid="app-ready"][data-status="ready"]').waitFor();
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
