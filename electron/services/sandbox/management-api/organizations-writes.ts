import type { World, WorldMembership, WorldOrganization } from '../../../../shared/sandbox/world.js';
import { findApplication, findUser } from '../../../../shared/sandbox/world-queries.js';
import { readJsonBody } from '../pages/read-form-body.js';
import { guardBody } from './body-guard.js';
import { logtoError, notExistsWithId, requireMembership } from './logto-errors.js';
import { organizationRow } from './logto-shapes.js';
import { route, type Route, type RouteAnswer, type RouteContext } from './route-table.js';
import { created, logtoId, noContent, writeWorld } from './world-write.js';

type Member = { kind: 'user' | 'app'; id: string };

const findOrganization = (world: World, id: string) => (world.organizations ?? []).find((o) => o.id === id);

/** Logto's answer when a relation names a row that does not exist (a foreign key of its database). */
export const foreignKeyNotFound = (): RouteAnswer =>
  logtoError(
    422,
    'entity.relation_foreign_key_not_found',
    'Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist.',
  );

function membershipsOf(world: World, member: Member): WorldMembership[] | undefined {
  const holder = member.kind === 'user' ? findUser(world, member.id) : findApplication(world, member.id);
  return holder ? (holder.organizations ?? []) : undefined;
}

/** The world with `member`'s memberships replaced by `change`'s result. */
function withMemberships(world: World, member: Member, change: (list: WorldMembership[]) => WorldMembership[]): World {
  if (member.kind === 'user')
    return {
      ...world,
      users: world.users.map((u) => (u.id === member.id ? { ...u, organizations: change(u.organizations ?? []) } : u)),
    };
  return {
    ...world,
    applications: world.applications.map((a) =>
      a.id === member.id ? { ...a, organizations: change(a.organizations ?? []) } : a,
    ),
  };
}

/** Adds members (keeping those already in, as Logto's insert does), or Logto's 422 for an unknown one. */
function addMembers(world: World, organizationId: string, members: Member[]): World | RouteAnswer {
  if (!findOrganization(world, organizationId) || members.some((m) => !membershipsOf(world, m)))
    return foreignKeyNotFound();
  return members.reduce(
    (next, member) =>
      withMemberships(next, member, (list) =>
        list.some((m) => m.organization === organizationId)
          ? list
          : [...list, { organization: organizationId, roles: [] }],
      ),
    world,
  );
}

/** A member's organization roles changed by `change`, or 422 when not a member / a role unknown. */
function changeMemberRoles(
  world: World,
  organizationId: string,
  member: Member,
  roleIds: string[],
  change: (current: string[]) => string[],
): World | RouteAnswer {
  const membership = membershipsOf(world, member)?.find((m) => m.organization === organizationId);
  if (!membership) return requireMembership();
  if (roleIds.some((id) => !(world.organizationRoles ?? []).some((r) => r.id === id))) return foreignKeyNotFound();
  return withMemberships(world, member, (list) =>
    list.map((m) => (m.organization === organizationId ? { ...m, roles: change(m.roles) } : m)),
  );
}

const answered = (next: World | RouteAnswer, answer: RouteAnswer) => ('users' in next ? { world: next, answer } : next);

/** Role ids from `organizationRoleIds` or `organizationRoleNames`, as Logto's member-role routes take either. */
function roleIdsOf(world: World, body: Record<string, unknown>): string[] | RouteAnswer {
  const ids = (body.organizationRoleIds as string[] | undefined) ?? [];
  const names = (body.organizationRoleNames as string[] | undefined) ?? [];
  const byName = names.map((name) => (world.organizationRoles ?? []).find((r) => r.name === name)?.id);
  if (byName.some((id) => !id)) return foreignKeyNotFound();
  return [...new Set([...ids, ...(byName as string[])])];
}

function memberRoleRoute(method: 'POST' | 'PUT', kind: Member['kind']): Route {
  const path =
    kind === 'user' ? '/organizations/:id/users/:userId/roles' : '/organizations/:id/applications/:applicationId/roles';
  return route(method, path, async (context: RouteContext) => {
    const body = await readJsonBody(context.req);
    const guard = guardBody(body, {
      organizationRoleIds: { type: 'string[]' },
      organizationRoleNames: { type: 'string[]' },
    });
    if (!guard.ok) return guard.answer;
    const [organizationId, memberId] = context.params as [string, string];
    return writeWorld(context, (world) => {
      const roleIds = roleIdsOf(world, body);
      if (!Array.isArray(roleIds)) return roleIds;
      const next = changeMemberRoles(world, organizationId, { kind, id: memberId }, roleIds, (current) =>
        method === 'PUT' ? roleIds : [...new Set([...current, ...roleIds])],
      );
      return answered(next, method === 'PUT' ? noContent() : { status: 201 });
    });
  });
}

function memberRoleDelete(kind: Member['kind']): Route {
  const path =
    kind === 'user'
      ? '/organizations/:id/users/:userId/roles/:organizationRoleId'
      : '/organizations/:id/applications/:applicationId/roles/:organizationRoleId';
  return route('DELETE', path, (context) => {
    const [organizationId, memberId, roleId] = context.params as [string, string, string];
    return writeWorld(context, (world) => {
      const next = changeMemberRoles(world, organizationId, { kind, id: memberId }, [], (current) =>
        current.filter((r) => r !== roleId),
      );
      return answered(next, noContent());
    });
  });
}

function membersRoutes(kind: Member['kind']): Route[] {
  const list = kind === 'user' ? 'users' : 'applications';
  const idsField = kind === 'user' ? 'userIds' : 'applicationIds';
  return [
    route('POST', `/organizations/:id/${list}`, async (context) => {
      const body = await readJsonBody(context.req);
      const guard = guardBody(body, { [idsField]: { type: 'string[]', required: true, min: 1 } });
      if (!guard.ok) return guard.answer;
      const members = (body[idsField] as string[]).map((id) => ({ kind, id }));
      return writeWorld(context, (world) => answered(addMembers(world, context.params[0]!, members), { status: 201 }));
    }),
    route('PUT', `/organizations/:id/${list}`, async (context) => {
      const body = await readJsonBody(context.req);
      const guard = guardBody(body, { [idsField]: { type: 'string[]', required: true } });
      if (!guard.ok) return guard.answer;
      const organizationId = context.params[0]!;
      const keep = new Set(body[idsField] as string[]);
      return writeWorld(context, (world) => {
        const holders = kind === 'user' ? world.users : world.applications;
        const leaving = holders.filter((h) => !keep.has(h.id)).map((h) => ({ kind, id: h.id }));
        const emptied = leaving.reduce(
          (next, member) =>
            withMemberships(next, member, (memberships) =>
              memberships.filter((m) => m.organization !== organizationId),
            ),
          world,
        );
        return answered(
          addMembers(
            emptied,
            organizationId,
            [...keep].map((id) => ({ kind, id })),
          ),
          noContent(),
        );
      });
    }),
    route('DELETE', `/organizations/:id/${list}/:memberId`, (context) => {
      const [organizationId, memberId] = context.params as [string, string];
      return writeWorld(context, (world) => {
        const member = { kind, id: memberId };
        if (!membershipsOf(world, member)?.some((m) => m.organization === organizationId)) return requireMembership();
        const next = withMemberships(world, member, (memberships) =>
          memberships.filter((m) => m.organization !== organizationId),
        );
        return { world: next, answer: noContent() };
      });
    }),
    memberRoleRoute('POST', kind),
    memberRoleRoute('PUT', kind),
    memberRoleDelete(kind),
  ];
}

const replaceOrganization = (world: World, organization: WorldOrganization): World => ({
  ...world,
  organizations: (world.organizations ?? []).map((o) => (o.id === organization.id ? organization : o)),
});

/**
 * Logto's organization writes (packages/core/src/routes/organization/): organizations, their members (users and
 * M2M apps) and the members' organization roles. Removing an organization removes its memberships, as Logto's
 * foreign keys cascade.
 */
export const ORGANIZATION_WRITE_ROUTES: Route[] = [
  route('POST', '/organizations', async (context) => {
    const body = await readJsonBody(context.req);
    const guard = guardBody(body, {
      name: { type: 'string', required: true, min: 1 },
      description: { type: 'string', nullable: true },
    });
    if (!guard.ok) return guard.answer;
    return writeWorld(context, (world) => {
      const organization: WorldOrganization = {
        id: logtoId(12),
        name: body.name as string,
        ...(typeof body.description === 'string' ? { description: body.description } : {}),
      };
      const next = { ...world, organizations: [...(world.organizations ?? []), organization] };
      return { world: next, answer: created(organizationRow(organization)) };
    });
  }),
  route('PATCH', '/organizations/:id', async (context) => {
    const body = await readJsonBody(context.req);
    const guard = guardBody(body, {
      name: { type: 'string', min: 1 },
      description: { type: 'string', nullable: true },
    });
    if (!guard.ok) return guard.answer;
    const id = context.params[0]!;
    return writeWorld(context, (world) => {
      const organization = findOrganization(world, id);
      if (!organization) return notExistsWithId('organizations', id);
      const changed: WorldOrganization = { ...organization };
      if (typeof body.name === 'string') changed.name = body.name;
      if (typeof body.description === 'string') changed.description = body.description;
      else if (body.description === null) delete changed.description;
      return { world: replaceOrganization(world, changed), answer: { status: 200, body: organizationRow(changed) } };
    });
  }),
  route('DELETE', '/organizations/:id', (context) => {
    const id = context.params[0]!;
    return writeWorld(context, (world) => {
      if (!findOrganization(world, id)) return notExistsWithId('organizations', id);
      const leave = (list?: WorldMembership[]) => list?.filter((m) => m.organization !== id);
      const next: World = {
        ...world,
        organizations: (world.organizations ?? []).filter((o) => o.id !== id),
        users: world.users.map((u) => (u.organizations ? { ...u, organizations: leave(u.organizations) } : u)),
        applications: world.applications.map((a) =>
          a.organizations ? { ...a, organizations: leave(a.organizations) } : a,
        ),
      };
      return { world: next, answer: noContent() };
    });
  }),
  route('POST', '/organizations/:id/users/roles', async (context) => {
    const body = await readJsonBody(context.req);
    const guard = guardBody(body, {
      userIds: { type: 'string[]', required: true, min: 1 },
      organizationRoleIds: { type: 'string[]', required: true, min: 1 },
    });
    if (!guard.ok) return guard.answer;
    const organizationId = context.params[0]!;
    const roleIds = body.organizationRoleIds as string[];
    return writeWorld(context, (world) => {
      let next: World | RouteAnswer = world;
      for (const id of body.userIds as string[]) {
        next = changeMemberRoles(next, organizationId, { kind: 'user', id }, roleIds, (current) => [
          ...new Set([...current, ...roleIds]),
        ]);
        if (!('users' in next)) return next;
      }
      return { world: next, answer: { status: 201 } };
    });
  }),
  ...membersRoutes('user'),
  ...membersRoutes('app'),
];
