import type { RouteAnswer } from './route-table.js';

/**
 * Logto's Management API error bodies, `{code, message, data?}`, with its English phrases (its `errors` i18n
 * phrases in logto-io/logto packages/phrases). Where Logto's own phrase names no fix, the sandbox adds none either:
 * the body is what a script written against Logto compares.
 */
export function logtoError(status: number, code: string, message: string, data?: unknown): RouteAnswer {
  return { status, body: { code, ...(data === undefined ? {} : { data }), message } };
}

/**
 * 404 for an id a table does not hold. Logto words it two ways, by route: `entity.not_exists_with_id` naming the
 * table (resources, roles, applications, organizations, organization_scopes), or `entity.not_found` (users and
 * organization roles).
 */
export function notExistsWithId(table: string, id: string): RouteAnswer {
  return logtoError(404, 'entity.not_exists_with_id', `The ${table} with ID \`${id}\` does not exist.`);
}

export const entityNotFound = (): RouteAnswer => logtoError(404, 'entity.not_found', 'The resource does not exist.');

export const requireMembership = (): RouteAnswer =>
  logtoError(422, 'organization.require_membership', 'The user must be a member of the organization to proceed.');

/** Logto checks request bodies and queries with zod; `data` carries zod's issues, as Logto's does. */
export function invalidInput(
  where: 'query' | 'body',
  issues: { path: (string | number)[]; code: string; message: string; [detail: string]: unknown }[],
): RouteAnswer {
  const first = issues[0]!;
  return {
    status: 400,
    body: {
      code: 'guard.invalid_input',
      data: { issues, name: 'ZodError' },
      details: `Error in key path "${first.path.join('.')}": (${first.code}) ${first.message}`,
      message: `The request ${where} is invalid.`,
    },
  };
}
