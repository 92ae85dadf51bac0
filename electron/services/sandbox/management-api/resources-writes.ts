import type { World, WorldResource } from '../../../../shared/sandbox/world.js';
import { MANAGEMENT_API } from '../../../../shared/sandbox/management-api.js';
import { logtoError, notExistsWithId } from './logto-errors.js';
import { resourceId, scopeId } from './logto-ids.js';
import { resourceRow, scopeRow } from './logto-shapes.js';
import { givenDescription, NAME_AND_DESCRIPTION, NAME_AND_DESCRIPTION_CHANGE } from './name-and-description.js';
import { route, type Route } from './route-table.js';
import { writeRow, writeRowWithBody, writeWithBody } from './row-writes.js';
import { RESOURCES } from './world-tables.js';
import { created, noContent, writeWorld } from './world-write.js';

/** The resource a path names and its scope of id `scope`, when both exist. */
function findScope(world: World, id: string, scope: string) {
  const resource = RESOURCES.find(world, id);
  const permission = resource?.permissions.find((p) => scopeId(resource.indicator, p.name) === scope);
  return resource && permission ? { resource, permission } : undefined;
}

const managementApiIsBuiltIn = () =>
  logtoError(400, 'resource.cannot_delete_management_api', 'Cannot delete Logto management API.');

type ResourcePermissions = Record<string, string[]>;

/**
 * The world with `change` made to every grant of `indicator`'s scopes (undefined: the resource no longer granted):
 * roles' permissions and organization roles' resource permissions, kept by name in the world.
 */
function changeGrants(world: World, indicator: string, change: (names: string[]) => string[] | undefined): World {
  const changed = <Grants extends ResourcePermissions | undefined>(permissions: Grants): Grants => {
    if (!permissions?.[indicator]) return permissions;
    const names = change(permissions[indicator]);
    const next: ResourcePermissions = { ...permissions, [indicator]: names ?? [] };
    if (!names) delete next[indicator];
    return next as Grants;
  };
  return {
    ...world,
    roles: world.roles.map((r) => ({ ...r, permissions: changed(r.permissions) })),
    organizationRoles: world.organizationRoles?.map((r) => ({
      ...r,
      resourcePermissions: changed(r.resourcePermissions),
    })),
  };
}

/** Drops `names` of `indicator` (all of them, without `names`) from every role and organization role. */
const withoutPermissions = (world: World, indicator: string, names?: string[]) =>
  changeGrants(world, indicator, (held) => {
    const kept = names ? held.filter((n) => !names.includes(n)) : [];
    return kept.length ? kept : undefined;
  });

/**
 * Logto's API resource writes (packages/core/src/routes/resource.ts, resource.scope.ts). A deleted resource or
 * scope leaves every role that granted it, as Logto's foreign keys cascade.
 */
export const RESOURCE_WRITE_ROUTES: Route[] = [
  route('POST', '/resources', (context) => {
    const rules = {
      name: { type: 'string', required: true, min: 1 },
      indicator: { type: 'string', required: true, min: 1 },
      accessTokenTtl: { type: 'number' },
    } as const;
    return writeWithBody(context, rules, (world, body) => {
      const indicator = body.indicator as string;
      if (indicator === MANAGEMENT_API.indicator || world.resources.some((r) => r.indicator === indicator))
        return logtoError(
          422,
          'resource.resource_identifier_in_use',
          `The API identifier ${indicator} is already in use`,
        );
      const resource: WorldResource = {
        indicator,
        name: body.name as string,
        permissions: [],
        ...(typeof body.accessTokenTtl === 'number' ? { accessTokenTtl: body.accessTokenTtl } : {}),
      };
      const next = { ...world, resources: [...world.resources, resource] };
      return { world: next, answer: created({ ...resourceRow(next, resource), scopes: [] }) };
    });
  }),
  route('PATCH', '/resources/:id', (context) => {
    const rules = { name: { type: 'string', min: 1 }, accessTokenTtl: { type: 'number' } } as const;
    return writeRowWithBody(context, RESOURCES, rules, (world, resource, body) => {
      const changed: WorldResource = {
        ...resource,
        ...(typeof body.name === 'string' ? { name: body.name } : {}),
        ...(typeof body.accessTokenTtl === 'number' ? { accessTokenTtl: body.accessTokenTtl } : {}),
      };
      const next = RESOURCES.replace(world, changed);
      return { world: next, answer: { status: 200, body: resourceRow(next, changed) } };
    });
  }),
  route('PATCH', '/resources/:id/is-default', (context) => {
    const rules = { isDefault: { type: 'boolean', required: true } } as const;
    return writeRowWithBody(context, RESOURCES, rules, (world, resource, body) => {
      const next: World = { ...world };
      if (body.isDefault) next.defaultResource = resource.indicator;
      else if (world.defaultResource === resource.indicator) delete next.defaultResource;
      return { world: next, answer: { status: 200, body: resourceRow(next, resource) } };
    });
  }),
  route('DELETE', '/resources/:id', (context) => {
    if (context.params[0] === resourceId(MANAGEMENT_API.indicator)) return managementApiIsBuiltIn();
    return writeRow(context, RESOURCES, (world, resource) => {
      const next = withoutPermissions(world, resource.indicator);
      next.resources = world.resources.filter((r) => r !== resource);
      if (next.defaultResource === resource.indicator) delete next.defaultResource;
      return { world: next, answer: noContent() };
    });
  }),
  route('POST', '/resources/:resourceId/scopes', (context) => {
    return writeWithBody(context, NAME_AND_DESCRIPTION, (world, body) => {
      const name = body.name as string;
      if (/\s/.test(name))
        return logtoError(400, 'scope.name_with_space', 'The name of the scope cannot contain any spaces.');
      const resource = RESOURCES.find(world, context.params[0]!);
      if (!resource) return RESOURCES.notFound(context.params[0]!);
      if (resource.permissions.some((p) => p.name === name))
        return logtoError(422, 'scope.name_exists', `The scope name ${name} is already in use`);
      const permission = { name, ...givenDescription(body) };
      const changed = { ...resource, permissions: [...resource.permissions, permission] };
      return { world: RESOURCES.replace(world, changed), answer: created(scopeRow(changed, name)) };
    });
  }),
  route('PATCH', '/resources/:resourceId/scopes/:scopeId', (context) => {
    const [id, scope] = context.params as [string, string];
    return writeWithBody(context, NAME_AND_DESCRIPTION_CHANGE, (world, body) => {
      const found = findScope(world, id, scope);
      if (!found) return notExistsWithId('scopes', scope);
      const { resource, permission } = found;
      const name = typeof body.name === 'string' ? body.name : permission.name;
      if (name !== permission.name && resource.permissions.some((p) => p.name === name))
        return logtoError(422, 'scope.name_exists', `The scope name ${name} is already in use`);
      const renamed = {
        name,
        ...(typeof body.description === 'string'
          ? { description: body.description }
          : permission.description !== undefined && body.description !== null
            ? { description: permission.description }
            : {}),
      };
      const changed = { ...resource, permissions: resource.permissions.map((p) => (p === permission ? renamed : p)) };
      let next = RESOURCES.replace(world, changed);
      if (name !== permission.name) next = renamePermission(next, resource.indicator, permission.name, name);
      return { world: next, answer: { status: 200, body: scopeRow(changed, name) } };
    });
  }),
  route('DELETE', '/resources/:resourceId/scopes/:scopeId', (context) => {
    const [id, scope] = context.params as [string, string];
    return writeWorld(context, (world) => {
      const found = findScope(world, id, scope);
      if (!found) return notExistsWithId('scopes', scope);
      const { resource, permission } = found;
      const next = withoutPermissions(world, resource.indicator, [permission.name]);
      next.resources = world.resources.map((r) =>
        r === resource ? { ...r, permissions: r.permissions.filter((p) => p !== permission) } : r,
      );
      return { world: next, answer: noContent() };
    });
  }),
];

/** A renamed scope stays granted where it was: Logto's roles hold scopes by id, the world by name. */
const renamePermission = (world: World, indicator: string, from: string, to: string) =>
  changeGrants(world, indicator, (held) => held.map((n) => (n === from ? to : n)));
