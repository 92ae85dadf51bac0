import { randomBytes } from 'node:crypto';
import type { World, WorldUser } from '../../../../shared/sandbox/world.js';
import { findUser } from '../../../../shared/sandbox/world-queries.js';
import { readJsonBody } from '../pages/read-form-body.js';
import { NAMED_EXPIRING_CREDENTIAL } from './body-guard.js';
import { entityNotFound, logtoError, notExistsWithId } from './logto-errors.js';
import { TENANT_ID } from './logto-ids.js';
import { userDetail } from './logto-shapes.js';
import { passwordDigest } from '../pages/user-password.js';
import { rolesRefusal } from './roles-writes.js';
import { route, type Route, type RouteAnswer } from './route-table.js';
import { writeRow, writeRowWithBody, writeWithBody } from './row-writes.js';
import { USERS } from './world-tables.js';
import { created, logtoId, noContent } from './world-write.js';

/** `pat_` and 32 letters or digits, as Logto makes them. */
function newPatValue(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return `pat_${Array.from(randomBytes(32), (b) => alphabet[b % alphabet.length]).join('')}`;
}

/** Logto's 422s for an identifier another user has. */
function identifierTaken(world: World, body: Record<string, unknown>, except?: string): RouteAnswer | undefined {
  const others = world.users.filter((u) => u.id !== except);
  if (typeof body.username === 'string' && others.some((u) => u.username === body.username))
    return logtoError(422, 'user.username_already_in_use', 'This username is already in use.');
  if (typeof body.primaryEmail === 'string' && others.some((u) => u.email === body.primaryEmail))
    return logtoError(422, 'user.email_already_in_use', 'This email is associated with an existing account.');
  return undefined;
}

const PROFILE_RULES = {
  password: { type: 'string', min: 1 },
  username: { type: 'string', min: 1, nullable: true },
  primaryEmail: { type: 'string', min: 1, nullable: true },
  name: { type: 'string', nullable: true },
  customData: { type: 'object' },
} as const;

/** The world's user with the profile fields of a Logto body (null clears a field). */
function withProfile(user: WorldUser, body: Record<string, unknown>): WorldUser {
  const next: WorldUser = { ...user };
  if (typeof body.username === 'string') next.username = body.username;
  if (typeof body.name === 'string') next.name = body.name;
  else if (body.name === null) delete next.name;
  if (typeof body.primaryEmail === 'string') next.email = body.primaryEmail;
  else if (body.primaryEmail === null) delete next.email;
  if (body.customData && typeof body.customData === 'object')
    next.customData = body.customData as Record<string, unknown>;
  // Kept as a digest only: the plain password never reaches the world, its YAML in the app, or a log.
  if (typeof body.password === 'string') {
    delete next.password;
    next.passwordDigest = passwordDigest(body.password);
  }
  return next;
}

/**
 * Logto's user writes (packages/core/src/routes/admin-user/). A user made here signs in on the sandbox's page
 * like any user of the world; with no username, the user's id stands in (the world needs one to list the user).
 */
export const USER_WRITE_ROUTES: Route[] = [
  route('POST', '/users', (context) => {
    return writeWithBody(context, PROFILE_RULES, (world, body) => {
      const taken = identifierTaken(world, body);
      if (taken) return taken;
      const id = logtoId(12);
      const user = withProfile({ id, username: id, roles: [] }, body);
      return { world: { ...world, users: [...world.users, user] }, answer: { status: 200, body: userDetail(user) } };
    });
  }),
  route('PATCH', '/users/:userId', (context) => {
    return writeRowWithBody(context, USERS, PROFILE_RULES, (world, user, body) => {
      const taken = identifierTaken(world, body, user.id);
      if (taken) return taken;
      const changed = withProfile(user, body);
      return { world: USERS.replace(world, changed), answer: { status: 200, body: userDetail(changed) } };
    });
  }),
  route('PATCH', '/users/:userId/password', (context) => {
    const rules = { password: { type: 'string', required: true, min: 1 } } as const;
    return writeRowWithBody(context, USERS, rules, (world, user, body) => {
      const changed = withProfile(user, { password: body.password });
      return { world: USERS.replace(world, changed), answer: { status: 200, body: userDetail(changed) } };
    });
  }),
  route('PATCH', '/users/:userId/custom-data', (context) => {
    return writeRowWithBody(context, USERS, { customData: { type: 'object', required: true } }, (world, user, body) => {
      const customData = body.customData as Record<string, unknown>;
      return { world: USERS.replace(world, { ...user, customData }), answer: { status: 200, body: customData } };
    });
  }),
  route('DELETE', '/users/:userId', (context) =>
    writeRow(context, USERS, (world, { id }) => {
      return { world: { ...world, users: world.users.filter((u) => u.id !== id) }, answer: noContent() };
    }),
  ),
  route('POST', '/users/:userId/roles', (context) => {
    const rules = { roleIds: { type: 'string[]', required: true, min: 1 } } as const;
    return writeRowWithBody(context, USERS, rules, (world, user, body) => {
      const roleIds = body.roleIds as string[];
      const refused = rolesRefusal(world, roleIds, 'user');
      if (refused) return refused;
      const held = roleIds.find((r) => user.roles.includes(r));
      if (held) return logtoError(422, 'user.role_exists', `The role id ${held} is already been added to this user`);
      return {
        world: USERS.replace(world, { ...user, roles: [...user.roles, ...roleIds] }),
        answer: { status: 201 },
      };
    });
  }),
  route('PUT', '/users/:userId/roles', (context) => {
    return writeRowWithBody(context, USERS, { roleIds: { type: 'string[]', required: true } }, (world, user, body) => {
      const roleIds = [...new Set(body.roleIds as string[])];
      const refused = rolesRefusal(world, roleIds, 'user');
      if (refused) return refused;
      return { world: USERS.replace(world, { ...user, roles: roleIds }), answer: { status: 200 } };
    });
  }),
  route('DELETE', '/users/:userId/roles/:roleId', (context) => {
    const roleId = context.params[1]!;
    return writeRow(context, USERS, (world, user) => {
      if (!world.roles.some((r) => r.id === roleId)) return notExistsWithId('roles', roleId);
      if (!user.roles.includes(roleId)) return entityNotFound();
      const changed = { ...user, roles: user.roles.filter((r) => r !== roleId) };
      return { world: USERS.replace(world, changed), answer: noContent() };
    });
  }),
  route('POST', '/users/:userId/personal-access-tokens', (context) => {
    return writeRowWithBody(context, USERS, NAMED_EXPIRING_CREDENTIAL, (world, user, body) => {
      if ((user.personalAccessTokens ?? []).some((t) => t.name === body.name))
        return logtoError(422, 'user.personal_access_token_name_exists', 'Personal access token name already exists.');
      const expiresAt = typeof body.expiresAt === 'number' ? new Date(body.expiresAt).toISOString() : undefined;
      const token = { name: body.name as string, value: newPatValue(), ...(expiresAt ? { expiresAt } : {}) };
      const changed = { ...user, personalAccessTokens: [...(user.personalAccessTokens ?? []), token] };
      // Logto shows the value this once; the sandbox keeps it in its world, as it keeps every sandbox secret.
      return {
        world: USERS.replace(world, changed),
        answer: created({
          tenantId: TENANT_ID,
          userId: user.id,
          name: token.name,
          value: token.value,
          createdAt: Date.now(),
          expiresAt: expiresAt ? Date.parse(expiresAt) : null,
        }),
      };
    });
  }),
  route('DELETE', '/users/:userId/personal-access-tokens/:name', (context) => {
    const name = context.params[1]!;
    return writeRow(context, USERS, (world, user) => {
      if (!(user.personalAccessTokens ?? []).some((t) => t.name === name)) return entityNotFound();
      const changed = { ...user, personalAccessTokens: user.personalAccessTokens!.filter((t) => t.name !== name) };
      return { world: USERS.replace(world, changed), answer: noContent() };
    });
  }),
  route('POST', '/subject-tokens', async ({ state, req }) => {
    const body = await readJsonBody(req);
    if (typeof body.userId !== 'string' || !findUser(state.currentWorld(), body.userId))
      return logtoError(404, 'entity.not_exists_with_id', 'The body needs the "userId" of a user in this world.');
    return created(state.subjectTokens.issue(body.userId));
  }),
];
