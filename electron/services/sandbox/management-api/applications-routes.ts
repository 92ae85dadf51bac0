import type { World } from '../../../../shared/sandbox/world.js';
import { invalidInput, logtoError, notExistsWithId } from './logto-errors.js';
import { SANDBOX_STARTED_AT, TENANT_ID } from './logto-ids.js';
import { applicationRow, LOGTO_APPLICATION_TYPES, logtoApplicationType, roleRow } from './logto-shapes.js';
import { membershipRows } from './membership-rows.js';
import { paginate } from './pagination.js';
import { ok, route, type RouteAnswer, type Route } from './route-table.js';
import { readRow } from './row-reads.js';
import { APPLICATIONS } from './world-tables.js';

/** Logto's 400 for `types=Bogus`: zod tried an array and then one type, and says both. */
function invalidTypes(value: string): RouteAnswer {
  const options = [...LOGTO_APPLICATION_TYPES];
  return invalidInput('query', [
    {
      code: 'invalid_union',
      unionErrors: [
        {
          issues: [
            {
              code: 'invalid_type',
              expected: 'array',
              received: 'string',
              path: ['types'],
              message: 'Expected array, received string',
            },
          ],
          name: 'ZodError',
        },
        {
          issues: [
            {
              received: value,
              code: 'invalid_enum_value',
              options,
              path: ['types'],
              message: `Invalid enum value. Expected ${options.map((o) => `'${o}'`).join(' | ')}, received '${value}'`,
            },
          ],
          name: 'ZodError',
        },
      ],
      path: ['types'],
      message: 'Invalid input',
    },
  ]);
}

export const notM2m = (): RouteAnswer =>
  logtoError(422, 'application.invalid_type', 'Only machine to machine applications can have associated roles.');

const findApplication = (world: World, id: string) => APPLICATIONS.find(world, id);

/** Logto's application routes (packages/core/src/routes/applications/). Unknown apps: 404 naming `applications`. */
export const APPLICATION_READ_ROUTES: Route[] = [
  route('GET', '/applications', ({ state: { world }, url }) => {
    const types = url.searchParams.getAll('types');
    const bad = types.find((t) => !(LOGTO_APPLICATION_TYPES as readonly string[]).includes(t));
    if (bad !== undefined) return invalidTypes(bad);
    const apps = world.applications.filter((a) => !types.length || types.includes(logtoApplicationType(a)));
    return paginate(url, apps, 'optional', applicationRow);
  }),
  route(
    'GET',
    '/applications/:id',
    readRow(APPLICATIONS, (app) => ok(applicationRow(app))),
  ),
  route('GET', '/applications/:applicationId/roles', ({ state: { world }, params: [id], url }) => {
    const app = findApplication(world, id!);
    if (!app) return notExistsWithId('applications', id!);
    if (app.type !== 'm2m') return notM2m();
    return paginate(url, world.roles.filter((r) => app.roles?.includes(r.id)).map(roleRow), 'always');
  }),
  route(
    'GET',
    '/applications/:id/organizations',
    readRow(APPLICATIONS, (app, { state: { world } }) => ok(membershipRows(world, app.organizations ?? []))),
  ),
  // Logto keeps an app's usable secrets here (since v1.36); the sandbox's one secret is the "Default secret".
  route('GET', '/applications/:id/secrets', ({ state: { world }, params: [id] }) => {
    const app = findApplication(world, id!);
    if (!app) return notExistsWithId('applications', id!);
    const secrets = app.secret
      ? [
          {
            tenantId: TENANT_ID,
            applicationId: app.id,
            name: 'Default secret',
            value: app.secret,
            createdAt: SANDBOX_STARTED_AT,
            expiresAt: null,
          },
        ]
      : [];
    return ok(secrets);
  }),
];
