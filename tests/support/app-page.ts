/**
 * What e2e tests do on the app's page more than once: add a connection to another server through the dialog,
 * type into a chip field, read a select's options, find the connection shown, run a grant, sign in in the
 * sandbox's tab.
 */
import type { Locator, Page } from 'playwright-core';

export interface ConnectionFields {
  issuer: string;
  clientId: string;
  /** The dialog's "Application type"; left as the dialog proposes when absent. */
  kind?: string;
  /** The dialog's "Client authentication"; left as the dialog proposes when absent. */
  authMethod?: string;
  secret?: string;
}

/** Fills the add-connection dialog and presses Add, without waiting: the dialog may refuse it. */
export async function fillConnection(page: Page, fields: ConnectionFields): Promise<void> {
  await page.getByTestId('add-connection-open').click();
  await page.getByRole('radio', { name: 'Issuer URL' }).click();
  await page.getByTestId('connection-url').fill(fields.issuer);
  await page.getByTestId('connection-client-id').fill(fields.clientId);
  if (fields.kind !== undefined)
    await page.getByRole('combobox', { name: 'Application type' }).selectOption(fields.kind);
  if (fields.authMethod !== undefined) {
    await page.getByRole('combobox', { name: 'Client authentication' }).selectOption(fields.authMethod);
  }
  if (fields.secret !== undefined) await page.getByTestId('connection-secret').fill(fields.secret);
  await page.getByTestId('connection-add').click();
}

/** Adds a connection and waits until the dialog has closed on it. */
export async function addConnection(page: Page, fields: ConnectionFields): Promise<void> {
  await fillConnection(page, fields);
  await page.getByTestId('add-connection').waitFor({ state: 'detached' });
}

/** The connection the app shows as the current one. */
export const selectedConnection = (page: Page) =>
  page.locator('[data-testid^="connection-conn-"][aria-current="true"]');

/** Types a value into a chip field (`<field>-input`) and confirms it with Enter. */
export async function addChip(page: Page, field: string, value: string): Promise<void> {
  await page.getByTestId(`${field}-input`).fill(value);
  await page.getByTestId(`${field}-input`).press('Enter');
}

/** The values of a select's options, in order. */
export async function optionValues(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

/** Client credentials for one API with its scopes (DPoP-bound if asked); resolves with the run once it has a result. */
export async function runClientCredentials(
  page: Page,
  request: { resource: string; scopes: string[]; dpop?: boolean },
): Promise<Locator> {
  await page.getByTestId('grant-client_credentials').click();
  await page.getByTestId(`resource-${request.resource}`).check();
  for (const scope of request.scopes) await page.getByTestId(`scope-${scope}`).check();
  if (request.dpop) await page.getByTestId('cc-dpop').check();
  await page.getByTestId('run').click();
  // Every grant's run shows in one run view: wait for this one, not an earlier run still shown.
  const run = page.locator('[data-testid="flow-run"][data-grant="client_credentials"]');
  await run.getByTestId('flow-result').waitFor();
  return run;
}

/** Client credentials for the first API listed (and its first scope), as it stands; waits for the result. */
export async function runFirstResource(page: Page, options: { firstScope?: boolean } = {}): Promise<void> {
  await page.locator('[data-testid^="resource-"]').first().check();
  if (options.firstScope) await page.locator('[data-testid^="scope-"]').first().check();
  await page.getByTestId('run').click();
  await page.getByTestId('flow-result').waitFor();
}

/** Opens the inspector on the token the run view shows, and waits for its checks. */
export async function inspectThis(page: Page): Promise<void> {
  await page.getByTestId('inspect-this').click();
  await page.getByTestId('inspect-result').waitFor();
}

/** The decoded access token payload a run shows. */
export const tokenPayload = async (run: Locator | Page) =>
  JSON.parse((await run.getByTestId('token-payload').textContent())!) as Record<string, unknown>;

/** The Authorization code request: resources and scopes as chips, the code redeemed for `redeemFor` if named. */
export async function requestAuthorization(
  page: Page,
  request: { resources: string[]; scopes: string[]; redeemFor?: string },
): Promise<void> {
  await page.getByTestId('grant-authorization_code').click();
  for (const resource of request.resources) await addChip(page, 'auth-resources', resource);
  for (const scope of request.scopes) await addChip(page, 'auth-scopes', scope);
  if (request.redeemFor) await page.getByTestId('token-resource').selectOption(request.redeemFor);
}

/**
 * Presses the sign-in button (`sign-in` unless named), then in the sandbox's tab picks `user` and authorizes;
 * resolves once the tab came back on the loopback callback and was closed. The hooks check the tab on the way.
 */
export async function signInInTab(
  page: Page,
  user: string,
  options: {
    button?: string;
    onSignInPage?: (tab: Page) => Promise<void>;
    onCallback?: (tab: Page) => Promise<void>;
  } = {},
): Promise<void> {
  const signInTab = page.context().waitForEvent('page');
  await page.getByTestId(options.button ?? 'sign-in').click();
  const tab = await signInTab;
  await tab.waitForLoadState();
  await options.onSignInPage?.(tab);
  await tab.locator(`button.user[value="${user}"]`).click();
  await tab.getByRole('button', { name: 'Authorize' }).click();
  await tab.waitForURL((url) => url.hostname === '127.0.0.1' && url.pathname === '/callback');
  await options.onCallback?.(tab);
  await tab.close();
}

/** Sends the call the replay view holds and waits for its answer (history lists one more call); its status. */
export async function sendReplay(page: Page): Promise<number> {
  const before = await page.getByTestId('replay-history-row').count();
  await page.getByTestId('replay-send').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="replay-history-row"]').length > n, before);
  await page.locator('[data-testid="replay-send"]:not([disabled])').waitFor();
  return Number(await page.getByTestId('replay-response').getAttribute('data-status'));
}
