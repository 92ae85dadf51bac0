import { expect, it } from 'vitest';
import * as lesson from '../support/lesson-page.js';

const MARK = '# my own world, before any lesson';

// Issue 16, lessons 3 and 4, and a lesson's reset and undo of the sandbox world.
lesson.describeLessons('lessons 3 and 4 end to end, and reset/undo of the world', (app) => {
  it("resets the sandbox to the lessons' world, and Undo brings the user's own back", async () => {
    const { page } = app;
    await page.getByTestId('tab-sandbox').click();
    // The graph and the editor load apart; until both have, the graph's layout may still cover the editor.
    await page.waitForFunction(
      () => ![...document.querySelectorAll('main .spinner')].some((s) => s.textContent?.includes('Loading')),
    );
    await page.locator('[data-testid="world-picture"] [data-node-id]').first().waitFor();
    // The world editor is Monaco: the mark goes in as a paste at the top, as a user would put it there.
    await page.locator('[data-testid="world-editor"] .view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, `${MARK}\n`);
    await page.getByTestId('world-apply').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="world-message"]')?.textContent?.startsWith('Applied'),
    );

    await lesson.openLesson(page, 'user-and-m2m-roles');
    await lesson.lessonPanel(page).getByTestId('lesson-reset-world').click();
    await lesson.lessonPanel(page).getByTestId('lesson-undo-world').waitFor();
    await page.getByTestId('tab-sandbox').click();
    // The editor's first lines as shown (Monaco draws only what is in view; the mark is the first line).
    await page.waitForFunction((mark) => {
      const text = document.querySelector('[data-testid="world-editor"] .view-lines')?.textContent;
      return !!text && !text.replace(/\u00a0/g, ' ').includes(mark);
    }, MARK);

    await lesson.lessonPanel(page).getByTestId('lesson-undo-world').click();
    await lesson.lessonPanel(page).getByTestId('lesson-undo-world').waitFor({ state: 'detached' });
    await page.waitForFunction((mark) => {
      const text = document.querySelector('[data-testid="world-editor"] .view-lines')?.textContent;
      return !!text && text.replace(/\u00a0/g, ' ').startsWith(mark);
    }, MARK);
    await expect
      .poll(() => lesson.lessonPanel(page).getByTestId('lesson-world-message').textContent())
      .toMatch(/own world is back/);
  });

  it("lesson 3: the M2M app's role lacks delete, the admin user's has it", async () => {
    const { page } = app;
    await lesson.lessonPanel(page).getByTestId('lesson-restart').click();
    await expect.poll(() => lesson.criteriaMet(page)).toEqual([false, false, false]);

    await lesson.requestClientCredentialsAsStep(page, 0);
    await lesson.waitForCriteria(page, [true, false, false]);

    await lesson.goToStep(page, 1);
    await page.getByTestId('grant-authorization_code').click();
    await lesson.signInAsStep(page, 1);
    await lesson.waitForPassed(page);
    await expect.poll(async () => (await lesson.criterionDetails(page))[2]).toContain('delete:products');
  });

  it('lesson 4: an M2M token for the Management API lists users', async () => {
    const { page } = app;
    await lesson.openLesson(page, 'management-api');
    await lesson.requestClientCredentialsAsStep(page, 0);
    await lesson.waitForCriteria(page, [true, false]);

    const call = await lesson.stepValues(page, 1);
    await lesson.goToStep(page, 1);
    expect(await lesson.sendCall(page, { url: lesson.valueNamed(call, 'url'), token: 'last-requested' })).toBe(200);
    await lesson.waitForPassed(page);
  });
});
