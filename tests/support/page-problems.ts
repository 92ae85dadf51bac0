/**
 * Every console error and uncaught page error of every page the e2e tests open (the app, the sandbox's sign-in,
 * consent, device and sign-out pages, any tab a page opens), kept until the running test ends. The e2e setup file
 * (`fail-on-page-problems.ts`) fails that test when any was seen; problems seen in a `beforeAll` fail the file's
 * first test. A test that provokes an error on purpose says so with `expectPageProblem`.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';

const seen: string[] = [];
const expected: RegExp[] = [];

function record(problem: string): void {
  const index = expected.findIndex((pattern) => pattern.test(problem));
  if (index >= 0) expected.splice(index, 1);
  else seen.push(problem);
}

function where(page: Page): string {
  try {
    return new URL(page.url()).pathname;
  } catch {
    return page.url();
  }
}

export function watchPage(page: Page): void {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const at = message.location();
    record(`console error on ${where(page)}: ${message.text()}${at.url ? ` (${at.url}:${at.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => record(`uncaught error on ${where(page)}: ${error.stack ?? error.message}`));
}

export function watchContext(context: BrowserContext): void {
  for (const page of context.pages()) watchPage(page);
  context.on('page', watchPage);
}

/** Every context the browser makes from now on (`newPage` makes one too) is watched, each of its pages. */
export function watchBrowser(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    watchContext(context);
    return context;
  };
  return browser;
}

/** One error this test provokes on purpose (a refused request the page logs, say); matched once. */
export function expectPageProblem(pattern: RegExp): void {
  expected.push(pattern);
}

/** The problems seen since the last call, cleared. */
export function takePageProblems(): string[] {
  expected.length = 0;
  return seen.splice(0);
}
