import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import {
  exchangeToken,
  goToStep,
  lessonPanel,
  openLesson,
  requestClientCredentials,
  sendCall,
  stepValues,
  valueNamed,
  valuesNamed,
  waitForCriteria,
  waitForPassed,
} from '../support/lesson-page.js';

const noChromium = chromiumMissingReason();

// Issue 16, lessons 5 and 8, by their own steps: no sign-in, only token requests and API calls.
describe.skipIf(noChromium)(
  `lessons 5 and 8 end to end: PAT vs M2M, 401 vs 403${noChromium ? ` (skipped: ${noChromium})` : ''}`,
  () => {
    let app: OpenApp;
    let page: Page;

    beforeAll(async () => {
      app = await openApp({ viewport: { width: 1600, height: 1000 } });
      page = app.page;
      await page.getByTestId('connection-sandbox').waitFor();
    });

    afterAll(async () => {
      await app?.close();
    });

    it("lesson 5: the PAT's token acts as Eddie with write:orders, the M2M token as the app without it", async () => {
      await openLesson(page, 'pat-versus-m2m');
      const pat = await stepValues(page, 0);
      await goToStep(page, 0);
      await exchangeToken(page, {
        app: valueNamed(pat, 'app'),
        subjectToken: valueNamed(pat, 'subject token'),
        resource: valueNamed(pat, 'resource'),
        scope: valueNamed(pat, 'scope'),
      });
      await waitForCriteria(page, [true, false, false]);

      const m2m = await stepValues(page, 1);
      await goToStep(page, 1);
      await requestClientCredentials(page, {
        app: valueNamed(m2m, 'app'),
        resources: valuesNamed(m2m, 'resource'),
        scopes: valuesNamed(m2m, 'scope'),
      });
      await waitForPassed(page);
      const details = await lessonPanel(page).getByTestId('lesson-criterion').allTextContents();
      expect(details[0]).toContain('sub eddie');
      expect(details[2]).toMatch(/PAT token has read:orders write:orders, the M2M token read:orders\./);
    });

    it('lesson 8: a 401 without a token, then a 403 insufficient_scope with a token that lacks delete', async () => {
      await openLesson(page, 'status-401-403');
      const anonymous = await stepValues(page, 0);
      await goToStep(page, 0);
      expect(await sendCall(page, { url: valueNamed(anonymous, 'url'), token: 'none' })).toBe(401);
      await waitForCriteria(page, [true, false]);

      const token = await stepValues(page, 1);
      await goToStep(page, 1);
      await requestClientCredentials(page, {
        app: valueNamed(token, 'app'),
        resources: valuesNamed(token, 'resource'),
        scopes: valuesNamed(token, 'scope'),
      });

      const forbidden = await stepValues(page, 2);
      await goToStep(page, 2);
      const method = valueNamed(forbidden, 'method');
      expect(await sendCall(page, { method, url: valueNamed(forbidden, 'url'), token: 'last-requested' })).toBe(403);
      await waitForPassed(page);
      expect((await lessonPanel(page).getByTestId('lesson-criterion').allTextContents())[1]).toContain(
        'needing delete:products',
      );
    });
  },
);
