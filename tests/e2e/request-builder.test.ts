import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';

describeWithApp(
  'the authorization request builder',
  {
    setup: async ({ page }) => {
      await page.getByTestId('grant-authorization_code').click();
      await page.getByTestId('auth-url').waitFor();
    },
  },
  (app) => {
    // Read again until they match: the URL and the findings follow each key press in a render of their own.
    const url = async () => new URL((await app.page.getByTestId('auth-url').textContent())!);
    const findings = async () => (await app.page.getByTestId('auth-findings').textContent()) ?? '';

    it('builds the URL against the connection with PKCE S256', async () => {
      const built = await url();
      expect(built.origin + built.pathname).toBe(`${app.web.ready.issuer}/auth`);
      expect(built.searchParams.get('code_challenge_method')).toBe('S256');
      expect(built.searchParams.get('response_type')).toBe('code');
    });

    it('sends each resource added as a chip, once per value', async () => {
      const input = app.page.getByTestId('auth-resources-input');
      await input.fill('https://products.tokenscope.test');
      await input.press('Enter');
      await input.fill('https://orders.tokenscope.test');
      await input.press('Enter');
      await expect
        .poll(async () => (await url()).searchParams.getAll('resource'))
        .toEqual(['https://products.tokenscope.test', 'https://orders.tokenscope.test']);
    });

    it('flags a resource that is not an absolute URI as it is typed, and drops it with Backspace', async () => {
      const { page } = app;
      const input = page.getByTestId('auth-resources-input');
      await input.fill('api.example.com');
      await input.press('Enter');
      await expect.poll(findings).toMatch(/api\.example\.com: .*not an absolute URI.*https:\/\/api\.example\.com/);
      await expect.poll(() => page.getByTestId('auth-resources-chip').last().getAttribute('class')).toContain('error');
      await input.press('Backspace');
      await expect.poll(findings).not.toMatch(/absolute URI/);
    });

    it('warns that offline_access needs prompt=consent, and stops warning once it is set', async () => {
      const { page } = app;
      const input = page.getByTestId('auth-scopes-input');
      await input.fill('offline_access');
      await input.press('Enter');
      await expect.poll(findings).toMatch(/prompt=consent/);
      await page.getByTestId('auth-prompt').selectOption('consent');
      await expect.poll(findings).not.toMatch(/drops it/);
      await expect.poll(async () => (await url()).searchParams.get('prompt')).toBe('consent');
    });
  },
);
