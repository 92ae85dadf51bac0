import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithApp, sandboxListed } from '../support/app-suite.js';

/**
 * Records, by the page's own clock, every call to the main side and when the first screen was ready. A string, not a
 * function: tsx would wrap a function's inner names in a helper the page does not have.
 */
const RECORD = `(() => {
  window.__calls = [];
  const fetchOf = window.fetch.bind(window);
  window.fetch = (input, init) => {
    window.__calls.push({ url: String(input), at: performance.now() });
    return fetchOf(input, init);
  };
  const check = () => {
    if (window.__readyAt === undefined && document.querySelector('[data-testid="app-ready"][data-status="ready"]'))
      window.__readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Recorded {
  readyAt: number;
  calls: Array<{ url: string; at: number }>;
}

async function recorded(page: Page): Promise<Recorded> {
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt);
  return page.evaluate(() => {
    const w = window as unknown as { __readyAt: number; __calls: Recorded['calls'] };
    return { readyAt: w.__readyAt, calls: w.__calls };
  });
}

const callsBefore = ({ readyAt, calls }: Recorded) =>
  calls.filter(({ url, at }) => url.includes('api/call/') && at <= readyAt).map(({ url }) => url.replace(/.*\//, ''));

describeWithApp('the launch page', {}, (app) => {
  it('draws the first screen from the answer it came with, without a call', async () => {
    await sandboxListed(app);
    const page = await app.page.context().newPage();
    await page.addInitScript(RECORD);
    await page.goto(app.web.ready.launchUrl);
    expect(callsBefore(await recorded(page))).toEqual([]);
    await expect(page.getByTestId('connection-sandbox').textContent()).resolves.toContain(app.web.ready.issuer);

    // Reloaded, the address no longer carries the secret: the page asks, with the secret it kept for this tab.
    await page.waitForURL((url) => !url.href.includes('launch='), { timeout: 10_000 });
    await page.reload();
    expect(callsBefore(await recorded(page))).toEqual(['getFirstScreen']);
    await expect(page.getByTestId('connection-sandbox').textContent()).resolves.toContain(app.web.ready.issuer);
    await page.close();
  });
});
