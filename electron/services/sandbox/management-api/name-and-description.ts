import type { FieldRule } from './body-guard.js';

/** Logto's `name` and nullable `description` columns (roles of organizations, organizations, scopes) on create. */
export const NAME_AND_DESCRIPTION = {
  name: { type: 'string', required: true, min: 1 },
  description: { type: 'string', nullable: true },
} as const satisfies Record<string, FieldRule>;

/** The same on PATCH, where each may be left out. */
export const NAME_AND_DESCRIPTION_CHANGE = {
  name: { type: 'string', min: 1 },
  description: NAME_AND_DESCRIPTION.description,
} as const satisfies Record<string, FieldRule>;

/** The description a create's body gives, if any (the world leaves an absent one out). */
export const givenDescription = (body: Record<string, unknown>): { description?: string } =>
  typeof body.description === 'string' ? { description: body.description } : {};

/** `row` with the body's name and description, as Logto's PATCH sets columns: absent keeps, null clears. */
export function withNameAndDescription<Row extends { name: string; description?: string }>(
  row: Row,
  body: Record<string, unknown>,
): Row {
  const changed: Row = { ...row, ...(typeof body.name === 'string' ? { name: body.name } : {}) };
  if (typeof body.description === 'string') changed.description = body.description;
  else if (body.description === null) delete changed.description;
  return changed;
}
