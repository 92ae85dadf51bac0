import type { World, WorldMembership, WorldOrganization } from '../../../../shared/sandbox/world.js';
import { findApplication, findUser } from '../../../../shared/sandbox/world-queries.js';
import { logtoError, requireMembership } from './logto-errors.js';
import { organizationRow } from './logto-shapes.js';
import {
  givenDescription,
  NAME_AND_DESCRIPTION,
  NAME_AND_DESCRIPTION_CHANGE,
  withNameAndDescription,
} from './name-and-description.js';
import { route, type Route, type RouteAnswer } from './route-table.js';
import { writeRow, writeRowWithBody, writeWithBody } from './row-writes.js';
import { ORGANIZATIONS } from './world-tables.js';
import { created, logtoId, noContent, writeWorld } from './world-write.js';

type Member = { kind: 'user' | 'app'; id: string };

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
  if (!ORGANIZATIONS.find(world, organizationId) || members.some((m) => !membershipsOf(world, m)))
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
  const rules = { organizationRoleIds: { type: 'string[]' }, organizationRoleNames: { type: 'string[]' } } as const;
  return route(method, path, (context) => {
    const [organizationId, memberId] = context.params as [string, string];
    return writeWithBody(context, rules, (world, body) => {
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
    route('POST', `/organizations/:id/${list}`, (context) =>
      writeWithBody(context, { [idsField]: { type: 'string[]', required: true, min: 1 } }, (world, body) => {
        const members = (body[idsField] as string[]).map((id) => ({ kind, id }));
        return answered(addMembers(world, context.params[0]!, members), { status: 201 });
      }),
    ),
    route('PUT', `/organizations/:id/${list}`, (context) => {
      const organizationId = context.params[0]!;
      return writeWithBody(context, { [idsField]: { type: 'string[]', required: true } }, (world, body) => {
        const keep = new Set(body[idsField] as string[]);
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

/**
 * Logto's organization writes (packages/core/src/routes/organization/): organizations, their members (users and
 * M2M apps) and the members' organization roles. Removing an organization removes its memberships, as Logto's
 * foreign keys cascade.
 */
export const ORGANIZATION_WRITE_ROUTES: Route[] = [
  route('POST', '/organizations', (context) =>
    writeWithBody(context, NAME_AND_DESCRIPTION, (world, body) => {
      const organization: WorldOrganization = { id: logtoId(12), name: body.name as string, ...givenDescription(body) };
      const next = { ...world, organizations: [...(world.organizations ?? []), organization] };
      return { world: next, answer: created(organizationRow(organization)) };
    }),
  ),
  route('PATCH', '/organizations/:id', (context) =>
    writeRowWithBody(context, ORGANIZATIONS, NAME_AND_DESCRIPTION_CHANGE, (world, organization, body) => {
      const changed = withNameAndDescription(organization, body);
      return { world: ORGANIZATIONS.replace(world, changed), answer: { status: 200, body: organizationRow(changed) } };
    }),
  ),
  route('DELETE', '/organizations/:id', (context) =>
    writeRow(context, ORGANIZATIONS, (world, { id }) => {
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
    }),
  ),
  route('POST', '/organizations/:id/users/roles', (context) => {
    const rules = {
      userIds: { type: 'string[]', required: true, min: 1 },
      organizationRoleIds: { type: 'string[]', required: true, min: 1 },
    } as const;
    const organizationId = context.params[0]!;
    return writeWithBody(context, rules, (world, body) => {
      const roleIds = body.organizationRoleIds as string[];
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
