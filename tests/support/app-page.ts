/**
 * What e2e tests do on the app's page more than once: add a connection to another server through the dialog,
 * type into a chip field, read a select's options, find the connection shown.
 */
import type { Page } from 'playwright-core';

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
