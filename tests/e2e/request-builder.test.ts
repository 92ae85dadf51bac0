import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';

const noChromium = chromiumMissingReason();

describe.skipIf(noChromium)(`the authorization request builder${noChromium ? ` (skipped: ${noChromium})` : ''}`, () => {
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp();
    page = app.page;
    await page.getByTestId('grant-authorization_code').click();
    await page.getByTestId('auth-url').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  const url = async () => new URL((await page.getByTestId('auth-url').textContent())!);
  const findings = async () => (await page.getByTestId('auth-findings').textContent()) ?? '';

  it('builds the URL against the connection with PKCE S256', async () => {
    const built = await url();
    expect(built.origin + built.pathname).toBe(`${app.web.ready.issuer}/auth`);
    expect(built.searchParams.get('code_challenge_method')).toBe('S256');
    expect(built.searchParams.get('response_type')).toBe('code');
  });

  it('sends each resource added as a chip, once per value', async () => {
    const input = page.getByTestId('auth-resources-input');
    await input.fill('https://products.tokenscope.test');
    await input.press('Enter');
    await input.fill('https://orders.tokenscope.test');
    await input.press('Enter');
    expect((await url()).searchParams.getAll('resource')).toEqual([
      'https://products.tokenscope.test',
      'https://orders.tokenscope.test',
    ]);
  });

  it('flags a resource that is not an absolute URI as it is typed, and drops it with Backspace', async () => {
    const input = page.getByTestId('auth-resources-input');
    await input.fill('api.example.com');
    await input.press('Enter');
    expect(await findings()).toMatch(/api\.example\.com: .*not an absolute URI.*https:\/\/api\.example\.com/);
    expect(await page.getByTestId('auth-resources-chip').last().getAttribute('class')).toContain('error');
    await input.press('Backspace');
    expect(await findings()).not.toMatch(/absolute URI/);
  });

  it('warns that offline_access needs prompt=consent, and stops warning once it is set', async () => {
    const input = page.getByTestId('auth-scopes-input');
    await input.fill('offline_access');
    await input.press('Enter');
    expect(await findings()).toMatch(/prompt=consent/);
    await page.getByTestId('auth-prompt').selectOption('consent');
    expect(await findings()).not.toMatch(/drops it/);
    expect((await url()).searchParams.get('prompt')).toBe('consent');
  });
});
