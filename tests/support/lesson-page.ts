/**
 * What the lesson e2e tests do on the app's page: open a lesson in the side panel, read a step's values (so the
 * test follows the lesson's own words), sign in through the sandbox's page, wait for the check to turn green.
 */
import type { Page } from 'playwright-core';
import { addChip, sendReplay } from './app-page.js';
import { describeWithApp, sandboxListed, WIDE } from './app-suite.js';
import type { OpenApp } from './open-app.js';

export interface StepValue {
  name: string;
  value: string;
}

/** A lesson e2e file: the app wide enough for the lesson panel beside the view, the sandbox listed. */
export const describeLessons = (title: string, body: (app: OpenApp) => void) =>
  describeWithApp(title, { viewport: WIDE, setup: sandboxListed }, body);

export const lessonPanel = (page: Page) => page.getByTestId('lesson-panel');

/** Opens the lesson from the Lessons view and waits for its panel and first check. */
export async function openLesson(page: Page, id: string): Promise<void> {
  await page.getByTestId('tab-lessons').click();
  await page.getByTestId(`lesson-open-${id}`).click();
  await page.locator(`[data-testid="lesson-panel"][data-lesson="${id}"]`).waitFor();
  await lessonPanel(page).getByTestId('lesson-criterion').first().waitFor();
}

/** The values a step of the open lesson names, as the panel shows them. */
export async function stepValues(page: Page, step: number): Promise<StepValue[]> {
  // After "Start over" the panel renders again: wait for the step to be back before reading its values.
  const shown = lessonPanel(page).getByTestId('lesson-step').nth(step);
  await shown.waitFor();
  return shown
    .getByTestId('lesson-value')
    .evaluateAll((codes) => codes.map((c) => ({ name: c.getAttribute('data-name')!, value: c.textContent! })));
}

export const valuesNamed = (values: StepValue[], name: string): string[] =>
  values.filter((v) => v.name === name).map((v) => v.value);

export const valueNamed = (values: StepValue[], name: string): string => {
  const found = valuesNamed(values, name)[0];
  if (found === undefined) throw new Error(`The step names no ${name}: ${JSON.stringify(values)}`);
  return found;
};

/** Goes to the view a step points to, with the step's own button. */
export async function goToStep(page: Page, step: number): Promise<void> {
  await lessonPanel(page).getByTestId(`lesson-step-go-${step}`).click();
}

/** The criteria as the panel shows them: met or not, in order. */
export async function criteriaMet(page: Page): Promise<boolean[]> {
  return lessonPanel(page)
    .getByTestId('lesson-criterion')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-met') === 'true'));
}

export async function waitForPassed(page: Page): Promise<void> {
  await page.locator('[data-testid="lesson-panel"][data-passed="true"]').waitFor();
}

/**
 * Fills the authorization request (the Authorization code grant must be shown): resources and scopes as chips,
 * the token request's resource, then signs in as `user` in the sandbox's tab and waits for the run.
 */
export async function signIn(
  page: Page,
  request: { resources: string[]; scopes: string[]; redeemFor?: string; prompt?: string; user: string },
): Promise<void> {
  const runs = await page.getByTestId('run-item').count();
  // The request keeps its chips from the last sign-in: start from the lesson's values alone (openid kept).
  for (const field of ['auth-resources', 'auth-scopes']) {
    while ((await page.getByTestId(`${field}-chip`).count()) > 0)
      await page.getByTestId(`${field}-chip`).first().getByRole('button').click();
  }
  await addChip(page, 'auth-scopes', 'openid');
  for (const resource of request.resources) await addChip(page, 'auth-resources', resource);
  for (const scope of request.scopes) await addChip(page, 'auth-scopes', scope);
  await page.getByTestId('auth-prompt').selectOption(request.prompt ?? '');
  await page.getByTestId('token-resource').selectOption(request.redeemFor ?? '');
  const signInTab = page.context().waitForEvent('page');
  await page.getByTestId('sign-in').click();
  const tab = await signInTab;
  await tab.waitForLoadState();
  // A sandbox session of the same user goes straight to consent; prompt=login always asks who signs in.
  const chooser = tab.locator(`button.user[value="${request.user}"]`);
  if (await chooser.count()) await chooser.click();
  await tab.getByRole('button', { name: 'Authorize' }).click();
  await tab.waitForURL((url) => url.hostname === '127.0.0.1' && url.pathname === '/callback');
  await tab.close();
  await waitForRuns(page, runs + 1);
}

/** Waits until the run list has `count` runs (every grant's run is listed once the main side recorded it). */
export async function waitForRuns(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelectorAll('[data-testid="run-item"]').length >= expected,
    count,
  );
}

/** Client credentials as a step names them: the app, one resource (or none), scopes, an organization. */
export async function requestClientCredentials(
  page: Page,
  request: { app: string; resources: string[]; scopes: string[]; organization?: string },
): Promise<void> {
  const runs = await page.getByTestId('run-item').count();
  await page.getByTestId('grant-client_credentials').click();
  await page.getByTestId('client-select').selectOption(request.app);
  // The form keeps the last request's choices: start from the step's values alone.
  for (const checked of ['[data-testid^="scope-"]:checked', '[data-testid^="resource-"]:checked']) {
    while ((await page.locator(checked).count()) > 0) await page.locator(checked).first().uncheck();
  }
  for (const resource of request.resources) await page.getByTestId(`resource-${resource}`).check();
  for (const scope of request.scopes) await page.getByTestId(`scope-${scope}`).check();
  await page.getByTestId('cc-organization').fill(request.organization ?? '');
  await page.getByTestId('run').click();
  await waitForRuns(page, runs + 1);
}

/** Sends a call from "Call an API" and waits for its answer (history lists one more call), then its status. */
export async function sendCall(
  page: Page,
  call: { method?: string; url: string; token: 'none' | 'last-requested' },
): Promise<number> {
  await page.getByTestId('replay-view').waitFor();
  await page.getByTestId('replay-method').selectOption(call.method ?? 'GET');
  await page.getByTestId('replay-url').fill(call.url);
  if (call.token === 'none') await page.getByTestId('replay-token-pick').selectOption('none');
  else await page.getByTestId('replay-use-flow-token').click();
  return sendReplay(page);
}

/** Waits until the panel's criteria read `expected` (the check runs again after each run or call). */
export async function waitForCriteria(page: Page, expected: boolean[]): Promise<void> {
  await page.waitForFunction(
    (want) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-testid="lesson-criterion"]')].map(
          (c) => c.getAttribute('data-met') === 'true',
        ),
      ) === JSON.stringify(want),
    expected,
  );
}

/** Token exchange as a step names it: the app, the subject token (the PAT preset), the resource, the scope. */
export async function exchangeToken(
  page: Page,
  request: { app: string; subjectToken: string; resource: string; scope: string },
): Promise<void> {
  const runs = await page.getByTestId('run-item').count();
  await page.getByTestId('grant-token_exchange').click();
  await page.getByTestId('exchange-client').selectOption(request.app);
  await page.getByTestId('exchange-preset').selectOption('pat');
  await page.getByTestId('exchange-subject').fill(request.subjectToken);
  await page.getByTestId('exchange-resource').selectOption(request.resource);
  await page.getByTestId('exchange-scope').fill(request.scope);
  await page.getByTestId('exchange').click();
  await waitForRuns(page, runs + 1);
}

/** Refreshes the run shown, for one resource; `anyway` sends past the refresh-trap warning. */
export async function refreshFor(page: Page, resource: string, anyway = false): Promise<void> {
  const runs = await page.getByTestId('run-item').count();
  await page.getByTestId('refresh-resource').selectOption(resource);
  if (anyway) {
    await page.getByTestId('refresh-trap').waitFor();
    await page.getByTestId('refresh-anyway').click();
  } else await page.getByTestId('refresh').click();
  await waitForRuns(page, runs + 1);
}

/**
 * Signs in as a step names it (the Authorization code grant must be shown): its user, resources, scopes and
 * prompt; the code is redeemed for the step's resource when it names one, for none when it names several.
 */
export async function signInAsStep(page: Page, step: number): Promise<void> {
  const values = await stepValues(page, step);
  const resources = valuesNamed(values, 'resource');
  await signIn(page, {
    resources,
    scopes: valuesNamed(values, 'scope'),
    ...(resources.length === 1 ? { redeemFor: resources[0] } : {}),
    ...(valuesNamed(values, 'prompt').length ? { prompt: valueNamed(values, 'prompt') } : {}),
    user: valueNamed(values, 'user'),
  });
}

/** Goes to a step and requests the client credentials token it names: app, resources, scopes, organization. */
export async function requestClientCredentialsAsStep(page: Page, step: number): Promise<void> {
  const values = await stepValues(page, step);
  await goToStep(page, step);
  const organization = valuesNamed(values, 'organization')[0];
  await requestClientCredentials(page, {
    app: valueNamed(values, 'app'),
    resources: valuesNamed(values, 'resource'),
    scopes: valuesNamed(values, 'scope'),
    ...(organization === undefined ? {} : { organization }),
  });
}

/** What the panel says of each criterion, in order. */
export const criterionDetails = (page: Page): Promise<string[]> =>
  lessonPanel(page).getByTestId('lesson-criterion').allTextContents();
