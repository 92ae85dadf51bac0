import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { watchBrowser } from './page-problems.js';

/** Debian's Chromium (apt-get install chromium); Playwright cannot download its own browsers here. */
export const CHROMIUM_PATH = process.env.TOKENSCOPE_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumMissingReason(): string | undefined {
  return existsSync(CHROMIUM_PATH)
    ? undefined
    : `no Chromium at ${CHROMIUM_PATH}: install it with "sudo apt-get install -y chromium" (or set TOKENSCOPE_CHROMIUM)`;
}

export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissingReason();
  if (missing) throw new Error(missing);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Flags that Debian's chromium needs in a container: it runs as root, with no GPU and no network but loopback.
    // Playwright gives each launch a fresh temporary profile.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Chromium 156 builds each new window's omnibox popup as a WebUI page (over a hundred requests for its own
      // scripts, in traces of the start-up bench) while the page under test loads: CPU taken from both sides of
      // every browser benchmark, and from the end-to-end tests, by a toolbar no test can see.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
    ],
  });
  // Every page of every context, the sandbox's pages included: a console error fails the running test.
  return watchBrowser(browser);
}
