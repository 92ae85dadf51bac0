import { expect, it } from 'vitest';
import {
  criterionDetails,
  exchangeToken,
  goToStep,
  openLesson,
  requestClientCredentialsAsStep,
  sendCall,
  stepValues,
  valueNamed,
  waitForCriteria,
  waitForPassed,
  describeLessons,
} from '../support/lesson-page.js';

// Issue 16, lessons 5 and 8, by their own steps: no sign-in, only token requests and API calls.
describeLessons('lessons 5 and 8 end to end: PAT vs M2M, 401 vs 403', (app) => {
  it("lesson 5: the PAT's token acts as Eddie with write:orders, the M2M token as the app without it", async () => {
    const { page } = app;
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

    await requestClientCredentialsAsStep(page, 1);
    await waitForPassed(page);
    await expect.poll(async () => (await criterionDetails(page))[0]).toContain('sub eddie');
    await expect
      .poll(async () => (await criterionDetails(page))[2])
      .toMatch(/PAT token has read:orders write:orders, the M2M token read:orders\./);
  });

  it('lesson 8: a 401 without a token, then a 403 insufficient_scope with a token that lacks delete', async () => {
    const { page } = app;
    await openLesson(page, 'status-401-403');
    const anonymous = await stepValues(page, 0);
    await goToStep(page, 0);
    expect(await sendCall(page, { url: valueNamed(anonymous, 'url'), token: 'none' })).toBe(401);
    await waitForCriteria(page, [true, false]);

    await requestClientCredentialsAsStep(page, 1);

    const forbidden = await stepValues(page, 2);
    await goToStep(page, 2);
    const method = valueNamed(forbidden, 'method');
    expect(await sendCall(page, { method, url: valueNamed(forbidden, 'url'), token: 'last-requested' })).toBe(403);
    await waitForPassed(page);
    await expect.poll(async () => (await criterionDetails(page))[1]).toContain('needing delete:products');
  });
});
