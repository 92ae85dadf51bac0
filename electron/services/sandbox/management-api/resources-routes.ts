import { allResources } from '../../../../shared/sandbox/world-queries.js';
import { notExistsWithId } from './logto-errors.js';
import { resourceRow, scopeRow } from './logto-shapes.js';
import { paginate } from './pagination.js';
import { ok, route, type Route } from './route-table.js';
import { worldIndex } from './world-index.js';
import type { World } from '../../../../shared/sandbox/world.js';

export const findResourceById = (world: World, id: string) => worldIndex(world).resourcesById.get(id);

/** Logto's API resource routes (packages/core/src/routes/resource.ts, resource.scope.ts). */
export const RESOURCE_READ_ROUTES: Route[] = [
  route('GET', '/resources', ({ state: { world }, url }) => {
    const withScopes = url.searchParams.get('includeScopes') === 'true';
    const rows = allResources(world).map((r) => ({
      ...resourceRow(world, r),
      ...(withScopes ? { scopes: r.permissions.map((p) => scopeRow(r, p.name)) } : {}),
    }));
    return paginate(url, rows, 'optional');
  }),
  route('GET', '/resources/:id', ({ state: { world }, params: [id] }) => {
    const resource = findResourceById(world, id!);
    return resource ? ok(resourceRow(world, resource)) : notExistsWithId('resources', id!);
  }),
  // Logto does not check the resource id here: an unknown one lists no scopes (200 []).
  route('GET', '/resources/:resourceId/scopes', ({ state: { world }, params: [id], url }) => {
    const resource = findResourceById(world, id!);
    return paginate(url, resource ? resource.permissions.map((p) => scopeRow(resource, p.name)) : [], 'always');
  }),
];
