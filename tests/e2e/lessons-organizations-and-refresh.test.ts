import { expect, it } from 'vitest';
import * as lesson from '../support/lesson-page.js';

// Issue 16, lessons 6 and 7, by their own steps.
lesson.describeLessons('lessons 6 and 7 end to end: organizations, refresh per resource', (app) => {
  it("lesson 6: an organization token for Acme, then a products token in Acme's context", async () => {
    const { page } = app;
    await lesson.openLesson(page, 'organizations');
    await lesson.requestClientCredentialsAsStep(page, 0);
    await lesson.waitForCriteria(page, [true, false]);

    // The second step names no app: the first step's goes on.
    const apiToken = await lesson.stepValues(page, 1);
    await lesson.requestClientCredentials(page, {
      app: lesson.valueNamed(await lesson.stepValues(page, 0), 'app'),
      resources: lesson.valuesNamed(apiToken, 'resource'),
      scopes: lesson.valuesNamed(apiToken, 'scope'),
      organization: lesson.valueNamed(apiToken, 'organization'),
    });
    await lesson.waitForPassed(page);
    await expect.poll(async () => (await lesson.criterionDetails(page))[1]).toContain('organization_id acme');
  });

  it('lesson 7: one sign-in refreshed into two APIs, then the refresh trap', async () => {
    const { page } = app;
    await lesson.openLesson(page, 'refresh-per-resource');
    await lesson.goToStep(page, 0);
    await page.getByTestId('grant-authorization_code').click();
    await lesson.signInAsStep(page, 0);

    const [first, second] = lesson.valuesNamed(await lesson.stepValues(page, 1), 'resource');
    await lesson.refreshFor(page, first!);
    await lesson.waitForCriteria(page, [false, false]);
    await lesson.refreshFor(page, second!);
    await lesson.waitForCriteria(page, [true, false]);

    await lesson.refreshFor(page, lesson.valueNamed(await lesson.stepValues(page, 2), 'resource'), true);
    await lesson.waitForPassed(page);
    await expect
      .poll(async () => (await lesson.criterionDetails(page))[1])
      .toContain('https://default.logto.app/api was not among');
  });
});
