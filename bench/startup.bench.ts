// Issue 2 benchmarks, with issue 18's targets: start-up against an empty Vite + React page served the same way,
// and the JavaScript the first screen loads.
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { median, type BenchFigure } from './bench-result.js';
import { launchChromium } from '../tests/support/chromium.js';
import { ensureBuilt, RENDERER_DIR } from '../tests/support/build.js';
import { startBrowserHost } from '../electron/services/host/browser-host.js';
import { startAppServices } from '../electron/services/app-services.js';
import { createAppApi } from '../electron/services/api/app-api.js';
import { createMemoryVault } from '../electron/services/vault/memory-vault.js';

/**
 * Cold loads of each page, interleaved. 21, not 9: at 9, two runs back to back measured 1.12x and 1.22x (load under
 * 1), a spread wider than the distance to the target, so a run said more about the moment than about the page.
 */
const RUNS = 21;
const READY = '[data-testid="app-ready"][data-status="ready"]';

async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tokenscope-baseline-'));
  await build({
    root: fileURLToPath(new URL('./fixtures/empty-react', import.meta.url)),
    base: './',
    plugins: [react()],
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/**
 * Records, by the page's own clock, when the ready marker first exists. A MutationObserver's callback runs right after
 * the mutation that added it; polling from Playwright (after `goto`'s load event, at the next animation frame) came
 * 40-250 ms late, and later on the busier page, which is the app's. A string, not a function: tsx would wrap a
 * function's inner names in a helper the page does not have.
 */
const RECORD_READY = `(() => {
  const check = () => {
    if (window.__tokenscopeReadyAt === undefined && document.querySelector('${READY}'))
      window.__tokenscopeReadyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** The first and third quartiles, to show how far the loads spread around their median. */
function middleHalf(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!.toFixed(0);
  return `${at(0.25)}-${at(0.75)}`;
}

/** Milliseconds from navigation start until the ready marker exists. */
async function timeToReady(browser: Browser, url: string): Promise<{ ms: number; scripts: string[] }> {
  const context = await browser.newContext(); // a fresh cache every run: a cold start
  await context.addInitScript(RECORD_READY);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  });
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __tokenscopeReadyAt?: number }).__tokenscopeReadyAt,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return { ms, scripts };
}

export default async function startupBenchmark(): Promise<BenchFigure[]> {
  ensureBuilt();
  const baselineDir = await buildBaseline();
  const services = await startAppServices({
    shell: 'browser-host',
    dataDir: mkdtempSync(join(tmpdir(), 'tokenscope-bench-')),
  });
  const app = await startBrowserHost({ api: services.api, rendererDir: RENDERER_DIR });
  const baseline = await startBrowserHost({
    api: createAppApi({
      shell: 'browser-host',
      vault: createMemoryVault(),
      version: 'baseline',
      dataDir: baselineDir,
      sandbox: { error: 'baseline' },
    }),
    rendererDir: baselineDir,
  });
  const browser = await launchChromium();
  try {
    const appTimes: number[] = [];
    const baselineTimes: number[] = [];
    let firstScreenScripts: string[] = [];
    await timeToReady(browser, app.launchUrl); // warm the servers and Chromium itself, not measured
    await timeToReady(browser, baseline.launchUrl);
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so a slow moment of the machine hits both sides alike.
      const appRun = await timeToReady(browser, app.launchUrl);
      appTimes.push(appRun.ms);
      firstScreenScripts = appRun.scripts;
      baselineTimes.push((await timeToReady(browser, baseline.launchUrl)).ms);
    }
    const appMedian = median(appTimes);
    const baselineMedian = median(baselineTimes);
    const gzipped = firstScreenScripts.reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(RENDERER_DIR, path))).length,
      0,
    );
    const monacoOnFirstScreen = firstScreenScripts.some((p) => /monaco|editor\.(main|api)/i.test(p));
    return [
      {
        name: `time to a usable UI in Chromium (median of ${RUNS} cold loads)`,
        value: appMedian,
        baseline: baselineMedian,
        unit: 'ms',
        target: '<= 1.15x an empty Vite + React page',
        met: appMedian <= 1.15 * baselineMedian,
        detail: `interleaved; middle half of the app's loads ${middleHalf(appTimes)} ms, of the baseline's ${middleHalf(baselineTimes)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
      },
      {
        name: 'JavaScript loaded by the first screen, gzipped',
        value: gzipped / 1024,
        unit: 'KB',
        target: '<= 83 KB, Monaco not among it',
        met: gzipped <= 83 * 1024 && !monacoOnFirstScreen,
        detail: `${firstScreenScripts.length} script(s): ${firstScreenScripts.join(', ')}`,
      },
    ];
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
    await services.close();
  }
}
