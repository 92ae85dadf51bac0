import { entityNotFound } from './logto-errors.js';
import { roleRow, userDetail, userRow } from './logto-shapes.js';
import { membershipRows } from './membership-rows.js';
import { SANDBOX_STARTED_AT, TENANT_ID } from './logto-ids.js';
import { paginate, searchMatches } from './pagination.js';
import { ok, route, type Route } from './route-table.js';
import { readRow } from './row-reads.js';
import { USERS } from './world-tables.js';

/** Logto's user routes (packages/core/src/routes/admin-user/). Unknown users are 404 `entity.not_found`. */
export const USER_READ_ROUTES: Route[] = [
  route('GET', '/users', ({ state: { world }, url }) => {
    const search = url.searchParams.get('search');
    const users = search
      ? world.users.filter((u) => searchMatches(search, [u.id, u.username, u.email, u.name]))
      : world.users;
    return paginate(url, users, 'always', userRow);
  }),
  route(
    'GET',
    '/users/:userId',
    readRow(USERS, (user) => ok(userDetail(user))),
  ),
  route(
    'GET',
    '/users/:userId/roles',
    readRow(USERS, (user, { state: { world }, url }) =>
      paginate(url, world.roles.filter((r) => user.roles.includes(r.id)).map(roleRow), 'always'),
    ),
  ),
  route(
    'GET',
    '/users/:userId/organizations',
    readRow(USERS, (user, { state: { world } }) => ok(membershipRows(world, user.organizations ?? []))),
  ),
  route('GET', '/users/:userId/personal-access-tokens', ({ state: { world }, params: [id] }) => {
    const user = USERS.find(world, id!);
    if (!user) return entityNotFound();
    // Logto lists the values too (to a holder of `all`); so does the sandbox, whose world file holds them anyway.
    return ok(
      (user.personalAccessTokens ?? []).map((t) => ({
        tenantId: TENANT_ID,
        userId: user.id,
        name: t.name,
        value: t.value,
        createdAt: SANDBOX_STARTED_AT,
        expiresAt: t.expiresAt ? Date.parse(t.expiresAt) : null,
      })),
    );
  }),
];
