import { expect, it } from 'vitest';
import * as lesson from '../support/lesson-page.js';

// Issue 16, lessons 5 and 8, by their own steps: no sign-in, only token requests and API calls.
lesson.describeLessons('lessons 5 and 8 end to end: PAT vs M2M, 401 vs 403', (app) => {
  it("lesson 5: the PAT's token acts as Eddie with write:orders, the M2M token as the app without it", async () => {
    const { page } = app;
    await lesson.openLesson(page, 'pat-versus-m2m');
    const pat = await lesson.stepValues(page, 0);
    await lesson.goToStep(page, 0);
    await lesson.exchangeToken(page, {
      app: lesson.valueNamed(pat, 'app'),
      subjectToken: lesson.valueNamed(pat, 'subject token'),
      resource: lesson.valueNamed(pat, 'resource'),
      scope: lesson.valueNamed(pat, 'scope'),
    });
    await lesson.waitForCriteria(page, [true, false, false]);

    await lesson.requestClientCredentialsAsStep(page, 1);
    await lesson.waitForPassed(page);
    await expect.poll(async () => (await lesson.criterionDetails(page))[0]).toContain('sub eddie');
    await expect
      .poll(async () => (await lesson.criterionDetails(page))[2])
      .toMatch(/PAT token has read:orders write:orders, the M2M token read:orders\./);
  });

  it('lesson 8: a 401 without a token, then a 403 insufficient_scope with a token that lacks delete', async () => {
    const { page } = app;
    await lesson.openLesson(page, 'status-401-403');
    const anonymous = await lesson.stepValues(page, 0);
    await lesson.goToStep(page, 0);
    expect(await lesson.sendCall(page, { url: lesson.valueNamed(anonymous, 'url'), token: 'none' })).toBe(401);
    await lesson.waitForCriteria(page, [true, false]);

    await lesson.requestClientCredentialsAsStep(page, 1);

    const forbidden = await lesson.stepValues(page, 2);
    await lesson.goToStep(page, 2);
    const method = lesson.valueNamed(forbidden, 'method');
    expect(
      await lesson.sendCall(page, { method, url: lesson.valueNamed(forbidden, 'url'), token: 'last-requested' }),
    ).toBe(403);
    await lesson.waitForPassed(page);
    await expect.poll(async () => (await lesson.criterionDetails(page))[1]).toContain('needing delete:products');
  });
});
