import type { World, WorldOrganizationRole, WorldPermission } from '../../../../shared/sandbox/world.js';
import { entityNotFound, logtoError, notExistsWithId } from './logto-errors.js';
import { organizationScopeId } from './logto-ids.js';
import { organizationRoleRow, organizationScopeRow, ROLE_TYPES } from './logto-shapes.js';
import { foreignKeyNotFound } from './organizations-writes.js';
import {
  givenDescription,
  NAME_AND_DESCRIPTION,
  NAME_AND_DESCRIPTION_CHANGE,
  withNameAndDescription,
} from './name-and-description.js';
import { route, type Route } from './route-table.js';
import { writeRow, writeRowWithBody, writeWithBody } from './row-writes.js';
import { addScopes, removeScope, resolveScopeIds } from './scope-references.js';
import { ORGANIZATION_ROLES } from './world-tables.js';
import { created, logtoId, noContent, writeWorld } from './world-write.js';

/** Logto's answer to a second organization role or scope of the same name (its database's unique constraint). */
const uniqueViolation = () =>
  logtoError(
    422,
    'entity.unique_integrity_violation',
    'The entity already exists. Please check the input and try again.',
  );

const scopeNames = (world: World, ids: string[]) =>
  ids.map((id) => (world.organizationPermissions ?? []).find((p) => organizationScopeId(p.name) === id)?.name);

/** `role` with organization scopes `ids` added (or set, with `replace`); undefined when an id is unknown. */
function withOrganizationScopes(world: World, role: WorldOrganizationRole, ids: string[], replace = false) {
  const names = scopeNames(world, ids);
  if (names.some((n) => !n)) return undefined;
  return { ...role, permissions: [...new Set([...(replace ? [] : (role.permissions ?? [])), ...(names as string[])])] };
}

/** `role` with resource scopes `ids` added (or set); undefined when an id is unknown. */
function withResourceScopes(world: World, role: WorldOrganizationRole, ids: string[], replace = false) {
  const resolved = resolveScopeIds(world, ids);
  if (!resolved.ok) return undefined;
  return { ...role, resourcePermissions: addScopes(replace ? {} : role.resourcePermissions, resolved.scopes) };
}

/**
 * Logto's organization role and organization scope writes (packages/core/src/routes/organization-role/,
 * organization-scope/). Deleting either removes it wherever it was held, as Logto's foreign keys cascade.
 */
export const ORGANIZATION_ROLE_WRITE_ROUTES: Route[] = [
  route('POST', '/organization-roles', (context) => {
    const rules = {
      ...NAME_AND_DESCRIPTION,
      type: { type: 'enum', options: ROLE_TYPES },
      organizationScopeIds: { type: 'string[]' },
      resourceScopeIds: { type: 'string[]' },
    } as const;
    return writeWithBody(context, rules, (world, body) => {
      if ((world.organizationRoles ?? []).some((r) => r.name === body.name)) return uniqueViolation();
      let role: WorldOrganizationRole | undefined = {
        id: logtoId(),
        name: body.name as string,
        ...givenDescription(body),
        ...(body.type === 'MachineToMachine' ? { type: 'm2m' as const } : {}),
        permissions: [],
      };
      role = withOrganizationScopes(world, role, (body.organizationScopeIds as string[] | undefined) ?? []);
      if (!role)
        return logtoError(422, 'organization.roles.invalid_scope_ids', 'The organization scope IDs are not valid.');
      role = withResourceScopes(world, role, (body.resourceScopeIds as string[] | undefined) ?? []);
      if (!role)
        return logtoError(
          422,
          'organization.roles.invalid_resource_scope_ids',
          'The resource scope IDs are not valid.',
        );
      const next = { ...world, organizationRoles: [...(world.organizationRoles ?? []), role] };
      return { world: next, answer: created(organizationRoleRow(role)) };
    });
  }),
  route('PATCH', '/organization-roles/:id', (context) =>
    writeRowWithBody(context, ORGANIZATION_ROLES, NAME_AND_DESCRIPTION_CHANGE, (world, role, body) => {
      if (
        typeof body.name === 'string' &&
        (world.organizationRoles ?? []).some((r) => r.id !== role.id && r.name === body.name)
      )
        return uniqueViolation();
      const changed = withNameAndDescription(role, body);
      return {
        world: ORGANIZATION_ROLES.replace(world, changed),
        answer: { status: 200, body: organizationRoleRow(changed) },
      };
    }),
  ),
  route('DELETE', '/organization-roles/:id', (context) =>
    writeRow(context, ORGANIZATION_ROLES, (world, { id }) => {
      const drop = <T extends { organizations?: { organization: string; roles: string[] }[] }>(holder: T): T =>
        holder.organizations
          ? {
              ...holder,
              organizations: holder.organizations.map((m) => ({ ...m, roles: m.roles.filter((r) => r !== id) })),
            }
          : holder;
      const next: World = {
        ...world,
        organizationRoles: (world.organizationRoles ?? []).filter((r) => r.id !== id),
        users: world.users.map(drop),
        applications: world.applications.map(drop),
      };
      return { world: next, answer: noContent() };
    }),
  ),
  ...(['POST', 'PUT'] as const).flatMap((method) => [
    ...(
      [
        ['scopes', 'organizationScopeIds', withOrganizationScopes],
        ['resource-scopes', 'scopeIds', withResourceScopes],
      ] as const
    ).map(([path, field, withScopes]) =>
      route(method, `/organization-roles/:id/${path}`, (context) =>
        writeRowWithBody(
          context,
          ORGANIZATION_ROLES,
          { [field]: { type: 'string[]', required: true } },
          (world, role, body) => {
            const changed = withScopes(world, role, body[field] as string[], method === 'PUT');
            if (!changed) return foreignKeyNotFound();
            const answer = method === 'PUT' ? noContent() : { status: 201 };
            return { world: ORGANIZATION_ROLES.replace(world, changed), answer };
          },
        ),
      ),
    ),
  ]),
  route('DELETE', '/organization-roles/:id/scopes/:organizationScopeId', (context) => {
    const [id, scopeId] = context.params as [string, string];
    return writeWorld(context, (world) => {
      const role = ORGANIZATION_ROLES.find(world, id);
      const [name] = scopeNames(world, [scopeId]);
      if (!role || !name || !role.permissions?.includes(name)) return entityNotFound();
      const changed = { ...role, permissions: role.permissions.filter((p) => p !== name) };
      return { world: ORGANIZATION_ROLES.replace(world, changed), answer: noContent() };
    });
  }),
  route('DELETE', '/organization-roles/:id/resource-scopes/:scopeId', (context) => {
    const [id, scopeId] = context.params as [string, string];
    return writeWorld(context, (world) => {
      const role = ORGANIZATION_ROLES.find(world, id);
      const resolved = resolveScopeIds(world, [scopeId]);
      if (!role || !resolved.ok) return entityNotFound();
      const changed = { ...role, resourcePermissions: removeScope(role.resourcePermissions, resolved.scopes[0]!) };
      return { world: ORGANIZATION_ROLES.replace(world, changed), answer: noContent() };
    });
  }),
  route('POST', '/organization-scopes', (context) =>
    writeWithBody(context, NAME_AND_DESCRIPTION, (world, body) => {
      if ((world.organizationPermissions ?? []).some((p) => p.name === body.name)) return uniqueViolation();
      const permission: WorldPermission = { name: body.name as string, ...givenDescription(body) };
      const next = { ...world, organizationPermissions: [...(world.organizationPermissions ?? []), permission] };
      return { world: next, answer: created(organizationScopeRow(next, permission.name)) };
    }),
  ),
  route('DELETE', '/organization-scopes/:id', (context) => {
    const id = context.params[0]!;
    return writeWorld(context, (world) => {
      const [name] = scopeNames(world, [id]);
      if (!name) return notExistsWithId('organization_scopes', id);
      const next: World = {
        ...world,
        organizationPermissions: (world.organizationPermissions ?? []).filter((p) => p.name !== name),
        organizationRoles: world.organizationRoles?.map((r) => ({
          ...r,
          permissions: r.permissions?.filter((p) => p !== name),
        })),
      };
      return { world: next, answer: noContent() };
    });
  }),
];
