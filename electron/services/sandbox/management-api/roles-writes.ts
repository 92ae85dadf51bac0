import type { World, WorldRole } from '../../../../shared/sandbox/world.js';
import { MANAGEMENT_API } from '../../../../shared/sandbox/management-api.js';
import { allResources, findApplication, findUser } from '../../../../shared/sandbox/world-queries.js';
import { entityNotFound, logtoError, notExistsWithId } from './logto-errors.js';
import { ROLE_TYPES, roleRow, scopeRow } from './logto-shapes.js';
import { route, type Route, type RouteAnswer } from './route-table.js';
import { writeRow, writeRowWithBody, writeWithBody } from './row-writes.js';
import { addScopes, hasScope, removeScope, resolveScopeIds, type ScopeReference } from './scope-references.js';
import { ROLES } from './world-tables.js';
import { created, logtoId, noContent } from './world-write.js';

const nameInUse = (name: string) => logtoError(422, 'role.name_in_use', `This role name ${name} is already in use`);

/** Scope ids checked as Logto checks a role's scopes; the refusal, or the scopes. */
function scopesForRole(world: World, role: Pick<WorldRole, 'type'>, ids: string[]): RouteAnswer | ScopeReference[] {
  const resolved = resolveScopeIds(world, ids);
  if (!resolved.ok) return notExistsWithId('scopes', resolved.missing);
  if (role.type === 'user' && resolved.scopes.some((s) => s.indicator === MANAGEMENT_API.indicator))
    return logtoError(
      400,
      'role.management_api_scopes_not_assignable_to_user_role',
      'Cannot assign management API scopes to a user role.',
    );
  return resolved.scopes;
}

/** Logto's 422 when a user gets an M2M role or an app a user role (user.invalid_role_type, application.*). */
function roleTypeRefusal(role: WorldRole, holder: 'user' | 'app'): RouteAnswer | undefined {
  if (holder === 'user' && role.type === 'm2m')
    return logtoError(
      422,
      'user.invalid_role_type',
      'Invalid role type, can not assign machine-to-machine role to user.',
    );
  if (holder === 'app' && role.type === 'user')
    return logtoError(
      422,
      'application.invalid_role_type',
      'Can not assign user type role to machine to machine application.',
    );
  return undefined;
}

/** Role ids checked as Logto checks the roles given to a user or an app: the first refusal, or undefined. */
export function rolesRefusal(world: World, roleIds: string[], holder: 'user' | 'app'): RouteAnswer | undefined {
  for (const id of roleIds) {
    const role = ROLES.find(world, id);
    if (!role) return notExistsWithId('roles', id);
    const refused = roleTypeRefusal(role, holder);
    if (refused) return refused;
  }
  return undefined;
}

/** Logto's role writes (packages/core/src/routes/role.ts, role.scope.ts, role.user.ts, role.application.ts). */
export const ROLE_WRITE_ROUTES: Route[] = [
  route('POST', '/roles', (context) => {
    const rules = {
      name: { type: 'string', required: true, min: 1 },
      description: { type: 'string', required: true, min: 1 },
      type: { type: 'enum', options: ROLE_TYPES },
      scopeIds: { type: 'string[]' },
    } as const;
    return writeWithBody(context, rules, (world, body) => {
      if (world.roles.some((r) => r.name === body.name)) return nameInUse(body.name as string);
      const role: WorldRole = {
        id: logtoId(),
        name: body.name as string,
        type: body.type === 'MachineToMachine' ? 'm2m' : 'user',
        description: body.description as string,
        permissions: {},
      };
      const scopes = scopesForRole(world, role, (body.scopeIds as string[] | undefined) ?? []);
      if (!Array.isArray(scopes)) return scopes;
      role.permissions = addScopes({}, scopes);
      return { world: { ...world, roles: [...world.roles, role] }, answer: { status: 200, body: roleRow(role) } };
    });
  }),
  route('PATCH', '/roles/:id', (context) => {
    const rules = { name: { type: 'string', min: 1 }, description: { type: 'string', min: 1 } } as const;
    return writeRowWithBody(context, ROLES, rules, (world, role, body) => {
      if (typeof body.name === 'string' && world.roles.some((r) => r.id !== role.id && r.name === body.name))
        return nameInUse(body.name);
      const changed = {
        ...role,
        ...(typeof body.name === 'string' ? { name: body.name } : {}),
        ...(typeof body.description === 'string' ? { description: body.description } : {}),
      };
      return { world: ROLES.replace(world, changed), answer: { status: 200, body: roleRow(changed) } };
    });
  }),
  route('DELETE', '/roles/:id', (context) =>
    writeRow(context, ROLES, (world, { id }) => {
      // Logto's foreign keys cascade: the role leaves every user and app that held it.
      const next: World = {
        ...world,
        roles: world.roles.filter((r) => r.id !== id),
        users: world.users.map((u) => (u.roles.includes(id) ? { ...u, roles: u.roles.filter((r) => r !== id) } : u)),
        applications: world.applications.map((a) =>
          a.roles?.includes(id) ? { ...a, roles: a.roles.filter((r) => r !== id) } : a,
        ),
      };
      return { world: next, answer: noContent() };
    }),
  ),
  route('POST', '/roles/:id/scopes', (context) =>
    writeRowWithBody(
      context,
      ROLES,
      { scopeIds: { type: 'string[]', required: true, min: 1 } },
      (world, role, body) => {
        const scopes = scopesForRole(world, role, body.scopeIds as string[]);
        if (!Array.isArray(scopes)) return scopes;
        const held = (body.scopeIds as string[]).find((_, i) => hasScope(role.permissions, scopes[i]!));
        if (held)
          return logtoError(422, 'role.scope_exists', `The scope id ${held} has already been added to this role`);
        const changed = { ...role, permissions: addScopes(role.permissions, scopes) };
        const rows = scopes.map((s) =>
          scopeRow(
            allResources(world).find((r) => r.indicator === s.indicator)!,
            s.name,
          ),
        );
        return { world: ROLES.replace(world, changed), answer: created(rows) };
      },
    ),
  ),
  route('DELETE', '/roles/:id/scopes/:scopeId', (context) =>
    writeRow(context, ROLES, (world, role) => {
      const resolved = resolveScopeIds(world, [context.params[1]!]);
      if (!resolved.ok || !hasScope(role.permissions, resolved.scopes[0]!)) return entityNotFound();
      const changed = { ...role, permissions: removeScope(role.permissions, resolved.scopes[0]!) };
      return { world: ROLES.replace(world, changed), answer: noContent() };
    }),
  ),
  route('POST', '/roles/:id/users', (context) =>
    writeRowWithBody(context, ROLES, { userIds: { type: 'string[]', required: true, min: 1 } }, (world, role, body) => {
      const { id } = role;
      const userIds = body.userIds as string[];
      const missing = userIds.find((u) => !findUser(world, u));
      if (missing) return entityNotFound();
      const refused = roleTypeRefusal(role, 'user');
      if (refused) return refused;
      const held = userIds.find((u) => findUser(world, u)!.roles.includes(id));
      if (held) return logtoError(422, 'role.user_exists', `The user id ${held} is already been added to this role`);
      const users = world.users.map((u) => (userIds.includes(u.id) ? { ...u, roles: [...u.roles, id] } : u));
      return { world: { ...world, users }, answer: { status: 201 } };
    }),
  ),
  route('DELETE', '/roles/:id/users/:userId', (context) => {
    const userId = context.params[1]!;
    return writeRow(context, ROLES, (world, { id }) => {
      const user = findUser(world, userId);
      if (!user?.roles.includes(id)) return entityNotFound();
      const users = world.users.map((u) => (u === user ? { ...u, roles: u.roles.filter((r) => r !== id) } : u));
      return { world: { ...world, users }, answer: noContent() };
    });
  }),
  route('POST', '/roles/:id/applications', (context) => {
    const rules = { applicationIds: { type: 'string[]', required: true, min: 1 } } as const;
    return writeRowWithBody(context, ROLES, rules, (world, role, body) => {
      const { id } = role;
      const appIds = body.applicationIds as string[];
      const missing = appIds.find((a) => !findApplication(world, a));
      if (missing) return notExistsWithId('applications', missing);
      const refused = roleTypeRefusal(role, 'app');
      if (refused) return refused;
      const held = appIds.find((a) => findApplication(world, a)!.roles?.includes(id));
      if (held)
        return logtoError(
          422,
          'role.application_exists',
          `The application id ${held} is already been added to this role`,
        );
      const applications = world.applications.map((a) =>
        appIds.includes(a.id) ? { ...a, roles: [...(a.roles ?? []), id] } : a,
      );
      return { world: { ...world, applications }, answer: { status: 201 } };
    });
  }),
  route('DELETE', '/roles/:id/applications/:applicationId', (context) => {
    const appId = context.params[1]!;
    return writeRow(context, ROLES, (world, { id }) => {
      const app = findApplication(world, appId);
      if (!app?.roles?.includes(id)) return entityNotFound();
      const applications = world.applications.map((a) =>
        a === app ? { ...a, roles: a.roles!.filter((r) => r !== id) } : a,
      );
      return { world: { ...world, applications }, answer: noContent() };
    });
  }),
];
