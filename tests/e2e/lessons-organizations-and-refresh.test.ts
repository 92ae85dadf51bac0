import { expect, it } from 'vitest';
import {
  criterionDetails,
  goToStep,
  openLesson,
  refreshFor,
  requestClientCredentials,
  requestClientCredentialsAsStep,
  signInAsStep,
  stepValues,
  valueNamed,
  valuesNamed,
  waitForCriteria,
  waitForPassed,
  describeLessons,
} from '../support/lesson-page.js';

// Issue 16, lessons 6 and 7, by their own steps.
describeLessons('lessons 6 and 7 end to end: organizations, refresh per resource', (app) => {
  it("lesson 6: an organization token for Acme, then a products token in Acme's context", async () => {
    const { page } = app;
    await openLesson(page, 'organizations');
    await requestClientCredentialsAsStep(page, 0);
    await waitForCriteria(page, [true, false]);

    // The second step names no app: the first step's goes on.
    const apiToken = await stepValues(page, 1);
    await requestClientCredentials(page, {
      app: valueNamed(await stepValues(page, 0), 'app'),
      resources: valuesNamed(apiToken, 'resource'),
      scopes: valuesNamed(apiToken, 'scope'),
      organization: valueNamed(apiToken, 'organization'),
    });
    await waitForPassed(page);
    await expect.poll(async () => (await criterionDetails(page))[1]).toContain('organization_id acme');
  });

  it('lesson 7: one sign-in refreshed into two APIs, then the refresh trap', async () => {
    const { page } = app;
    await openLesson(page, 'refresh-per-resource');
    await goToStep(page, 0);
    await page.getByTestId('grant-authorization_code').click();
    await signInAsStep(page, 0);

    const [first, second] = valuesNamed(await stepValues(page, 1), 'resource');
    await refreshFor(page, first!);
    await waitForCriteria(page, [false, false]);
    await refreshFor(page, second!);
    await waitForCriteria(page, [true, false]);

    await refreshFor(page, valueNamed(await stepValues(page, 2), 'resource'), true);
    await waitForPassed(page);
    await expect
      .poll(async () => (await criterionDetails(page))[1])
      .toContain('https://default.logto.app/api was not among');
  });
});
