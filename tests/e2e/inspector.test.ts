import { expect, it } from 'vitest';
import { describeWithApp } from '../support/app-suite.js';
import { inspectThis, runFirstResource } from '../support/app-page.js';

describeWithApp(
  'the inspector checks a token from a flow',
  {
    setup: ({ page }) => runFirstResource(page, { firstScope: true }),
  },
  (app) => {
    // The checks' statuses, read again until they match: the inspector renders its checks as they finish.
    const statuses = (...ids: string[]) =>
      Promise.all(ids.map((id) => app.page.getByTestId(`check-${id}`).getAttribute('data-status')));
    const verdict = () => app.page.getByTestId('inspect-verdict').textContent();

    it('checks the token against the issuer and resource it was requested from', async () => {
      await inspectThis(app.page);
      await expect
        .poll(() => statuses('signature', 'typ', 'iss', 'aud', 'exp'))
        .toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
      await expect.poll(verdict).toContain('no check failed');
    });

    it('fails aud and scope for another API and a permission the token lacks, and says so', async () => {
      const { page } = app;
      await page.getByTestId('inspect-audience').fill('https://other-api.example.com');
      await page.getByTestId('inspect-scopes').fill('delete:everything');
      await page.getByTestId('inspect-run').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="check-aud"]')?.getAttribute('data-status') === 'fail',
      );
      await expect.poll(() => statuses('scope', 'signature')).toEqual(['fail', 'pass']);
      await expect.poll(verdict).toMatch(/2 checks failed/);
    });

    it('calls the same token not verified, with why and the fix, when no issuer is given to trust', async () => {
      const { page } = app;
      await page.getByTestId('inspect-issuer').fill('');
      await page.getByTestId('inspect-audience').fill('');
      await page.getByTestId('inspect-scopes').fill('');
      await page.getByTestId('inspect-run').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="inspect-verdict"]')?.getAttribute('data-verdict') === 'not_verified',
      );
      // The keys still verify the signature, but they came from the token's own iss: nothing pins that issuer.
      await expect.poll(() => statuses('signature')).toEqual(['pass']);
      await expect.poll(() => page.getByTestId('inspect-verdict').getAttribute('class')).toContain('verdict-fail');
      await expect.poll(verdict).toMatch(/not verified/);
      expect(await page.getByTestId('inspect-verdict-reason').textContent()).toMatch(
        /the issuer the token names itself/,
      );
      expect(await page.getByTestId('inspect-verdict-fix').textContent()).toMatch(/Issuer to trust/);
    });

    it('switches views with Alt+digit', async () => {
      const { page } = app;
      await page.keyboard.press('Alt+1');
      await page.getByTestId('run').waitFor();
      await page.keyboard.press('Alt+2');
      await page.getByTestId('inspect-token').waitFor();
    });
  },
);
