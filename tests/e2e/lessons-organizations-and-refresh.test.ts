import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissingReason } from '../support/chromium.js';
import { openApp, type OpenApp } from '../support/open-app.js';
import {
  goToStep,
  lessonPanel,
  openLesson,
  refreshFor,
  requestClientCredentials,
  signIn,
  stepValues,
  valueNamed,
  valuesNamed,
  waitForCriteria,
  waitForPassed,
} from '../support/lesson-page.js';

const noChromium = chromiumMissingReason();

// Issue 16, lessons 6 and 7, by their own steps.
describe.skipIf(noChromium)(
  `lessons 6 and 7 end to end: organizations, refresh per resource${noChromium ? ` (skipped: ${noChromium})` : ''}`,
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

    it("lesson 6: an organization token for Acme, then a products token in Acme's context", async () => {
      await openLesson(page, 'organizations');
      const orgToken = await stepValues(page, 0);
      await goToStep(page, 0);
      await requestClientCredentials(page, {
        app: valueNamed(orgToken, 'app'),
        resources: [],
        scopes: [],
        organization: valueNamed(orgToken, 'organization'),
      });
      await waitForCriteria(page, [true, false]);

      const apiToken = await stepValues(page, 1);
      await requestClientCredentials(page, {
        app: valueNamed(orgToken, 'app'),
        resources: valuesNamed(apiToken, 'resource'),
        scopes: valuesNamed(apiToken, 'scope'),
        organization: valueNamed(apiToken, 'organization'),
      });
      await waitForPassed(page);
      expect((await lessonPanel(page).getByTestId('lesson-criterion').allTextContents())[1]).toContain(
        'organization_id acme',
      );
    });

    it('lesson 7: one sign-in refreshed into two APIs, then the refresh trap', async () => {
      await openLesson(page, 'refresh-per-resource');
      const signInValues = await stepValues(page, 0);
      await goToStep(page, 0);
      await page.getByTestId('grant-authorization_code').click();
      await signIn(page, {
        resources: valuesNamed(signInValues, 'resource'),
        scopes: valuesNamed(signInValues, 'scope'),
        prompt: valueNamed(signInValues, 'prompt'),
        user: valueNamed(signInValues, 'user'),
      });

      const [first, second] = valuesNamed(await stepValues(page, 1), 'resource');
      await refreshFor(page, first!);
      await waitForCriteria(page, [false, false]);
      await refreshFor(page, second!);
      await waitForCriteria(page, [true, false]);

      await refreshFor(page, valueNamed(await stepValues(page, 2), 'resource'), true);
      await waitForPassed(page);
      expect((await lessonPanel(page).getByTestId('lesson-criterion').allTextContents())[1]).toContain(
        'https://default.logto.app/api was not among',
      );
    });
  },
);
