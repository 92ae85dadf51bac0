import { expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { WIDE } from '../support/app-suite.js';
import * as lesson from '../support/lesson-page.js';

// Issue 16, lessons 1 and 2, done as a learner would: read each step in the side panel, do it in the app.
lesson.describeLessons('lessons 1 and 2 end to end: resources, then requested ∩ granted', (app) => {
  it('lesson 1: an opaque token without resource, a JWT for the API with it; the check turns green', async () => {
    const { page } = app;
    await lesson.openLesson(page, 'api-resources');
    await expect.poll(() => lesson.criteriaMet(page)).toEqual([false, false]);
    expect(await lesson.lessonPanel(page).getByTestId('lesson-source').getAttribute('href')).toMatch(
      /^https:\/\/docs\.logto\.io\//,
    );

    await lesson.goToStep(page, 0);
    await page.getByTestId('grant-authorization_code').click();
    await lesson.signInAsStep(page, 0); // the step names only the user: no resource, no scope
    await page.waitForFunction(
      () => document.querySelector('[data-testid="lesson-criterion"]')?.getAttribute('data-met') === 'true',
    );
    await expect.poll(() => lesson.criteriaMet(page)).toEqual([true, false]); // the panel stayed open while the user signed in

    await lesson.signInAsStep(page, 1);
    await lesson.waitForPassed(page);
    await expect
      .poll(() => lesson.lessonPanel(page).getByTestId('lesson-status').getAttribute('data-status'))
      .toBe('passed');
  });

  it('lesson 2: a user whose role grants one of two permissions gets a token with just that one', async () => {
    const { page } = app;
    await lesson.openLesson(page, 'permissions-and-roles');
    await expect.poll(() => lesson.criteriaMet(page)).toEqual([false, false]); // lesson 1's tokens came before this start

    await lesson.goToStep(page, 0);
    await page.getByTestId('grant-authorization_code').click();
    await lesson.signInAsStep(page, 0);
    await lesson.waitForPassed(page);
    await expect
      .poll(async () => (await lesson.criterionDetails(page))[1])
      .toMatch(/granted read:products, dropped write:products/);
  });

  it('keeps both passes over a reload, in the Lessons view', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('connection-sandbox').waitFor();
    await page.getByTestId('tab-lessons').click();
    await page.getByTestId('lessons-view').waitFor();
    await page.locator('[data-testid="lesson-api-resources"][data-status="passed"]').waitFor();
    await expect
      .poll(() => page.getByTestId('lesson-permissions-and-roles').getAttribute('data-status'))
      .toBe('passed');
    expect(await page.getByTestId('lesson-management-api').getAttribute('data-status')).toBe('new');
  });

  it('the Lessons view and the open panel have no accessibility violations axe can find', async () => {
    // axe opens a page of its own in the context, which playwright allows only in a context made for it.
    const context = await app.browser.newContext({ viewport: WIDE });
    try {
      const second = await context.newPage();
      await second.goto(app.web.ready.launchUrl);
      await second.getByTestId('connection-sandbox').waitFor();
      await lesson.openLesson(second, 'management-api');
      const results = await new AxeBuilder({ page: second })
        .include('[data-testid="lessons-view"]')
        .include('[data-testid="lesson-panel"]')
        .analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
