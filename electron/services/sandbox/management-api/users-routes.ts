import { randomBytes } from 'node:crypto';
import { findUser } from '../../../../shared/sandbox/world-queries.js';
import { entityNotFound, logtoError } from './logto-errors.js';
import { readJsonBody } from '../pages/read-form-body.js';
import { organizationRolePairs, organizationRow, roleRow, userDetail, userRow } from './logto-shapes.js';
import { SANDBOX_STARTED_AT, TENANT_ID } from './logto-ids.js';
import { paginate, searchMatches } from './pagination.js';
import { ok, route, type Route } from './route-table.js';

/** Logto's user routes (packages/core/src/routes/admin-user/). Unknown users are 404 `entity.not_found`. */
export const USER_READ_ROUTES: Route[] = [
  route('GET', '/users', ({ state: { world }, url }) => {
    const search = url.searchParams.get('search');
    const users = search
      ? world.users.filter((u) => searchMatches(search, [u.id, u.username, u.email, u.name]))
      : world.users;
    return paginate(url, users.map(userRow), 'always');
  }),
  route('GET', '/users/:userId', ({ state: { world }, params: [id] }) => {
    const user = findUser(world, id!);
    return user ? ok(userDetail(user)) : entityNotFound();
  }),
  route('GET', '/users/:userId/roles', ({ state: { world }, params: [id], url }) => {
    const user = findUser(world, id!);
    if (!user) return entityNotFound();
    return paginate(url, world.roles.filter((r) => user.roles.includes(r.id)).map(roleRow), 'always');
  }),
  route('GET', '/users/:userId/organizations', ({ state: { world }, params: [id] }) => {
    const user = findUser(world, id!);
    if (!user) return entityNotFound();
    const memberships = user.organizations ?? [];
    return ok(
      (world.organizations ?? []).flatMap((o) => {
        const membership = memberships.find((m) => m.organization === o.id);
        return membership
          ? [{ ...organizationRow(o), organizationRoles: organizationRolePairs(world, membership.roles) }]
          : [];
      }),
    );
  }),
  route('GET', '/users/:userId/personal-access-tokens', ({ state: { world }, params: [id] }) => {
    const user = findUser(world, id!);
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

/** `pat_` and 32 letters or digits, as Logto makes them. */
function newPatValue(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return `pat_${Array.from(randomBytes(32), (b) => alphabet[b % alphabet.length]).join('')}`;
}

export const USER_WRITE_ROUTES: Route[] = [
  route('POST', '/users/:userId/personal-access-tokens', async ({ state, params: [id], req }) => {
    const user = findUser(state.world, id!);
    if (!user) return entityNotFound();
    const body = await readJsonBody(req);
    if (typeof body.name !== 'string' || !body.name.trim())
      return logtoError(400, 'guard.invalid_input', 'The request body needs a "name" (string).');
    if ((user.personalAccessTokens ?? []).some((t) => t.name === body.name))
      return logtoError(
        422,
        'user.personal_access_token_name_exists',
        `${user.username} already has a token named "${body.name}".`,
      );
    const expiresAt = typeof body.expiresAt === 'number' ? new Date(body.expiresAt).toISOString() : undefined;
    const token = { name: body.name, value: newPatValue(), ...(expiresAt ? { expiresAt } : {}) };
    const users = state.world.users.map((u) =>
      u.id === user.id ? { ...u, personalAccessTokens: [...(u.personalAccessTokens ?? []), token] } : u,
    );
    await state.applyWorld({ ...state.world, users });
    // Logto shows the value this once; the sandbox keeps it in the world, as it keeps every sandbox secret.
    return {
      status: 201,
      body: {
        tenantId: TENANT_ID,
        userId: user.id,
        name: token.name,
        value: token.value,
        createdAt: Date.now(),
        expiresAt: expiresAt ? Date.parse(expiresAt) : null,
      },
    };
  }),
  route('POST', '/subject-tokens', async ({ state, req }) => {
    const body = await readJsonBody(req);
    if (typeof body.userId !== 'string' || !findUser(state.world, body.userId))
      return logtoError(404, 'entity.not_exists_with_id', 'The body needs the "userId" of a user in this world.');
    return { status: 201, body: state.subjectTokens.issue(body.userId) };
  }),
];
