import type { ResourcePermissions, World } from '../../../../shared/sandbox/world.js';
import { allResources } from '../../../../shared/sandbox/world-queries.js';
import { scopeId } from './logto-ids.js';

/** A resource scope found by the id the Management API gives it. */
export interface ScopeReference {
  indicator: string;
  name: string;
}

/** The scopes `ids` name, or the first id no resource of the world holds. */
export function resolveScopeIds(
  world: World,
  ids: string[],
): { ok: true; scopes: ScopeReference[] } | { ok: false; missing: string } {
  const scopes: ScopeReference[] = [];
  for (const id of ids) {
    const found = allResources(world).flatMap((r) =>
      r.permissions
        .filter((p) => scopeId(r.indicator, p.name) === id)
        .map((p) => ({ indicator: r.indicator, name: p.name })),
    )[0];
    if (!found) return { ok: false, missing: id };
    scopes.push(found);
  }
  return { ok: true, scopes };
}

export function hasScope(permissions: ResourcePermissions | undefined, scope: ScopeReference): boolean {
  return Boolean(permissions?.[scope.indicator]?.includes(scope.name));
}

export function addScopes(permissions: ResourcePermissions | undefined, scopes: ScopeReference[]): ResourcePermissions {
  const next: ResourcePermissions = { ...permissions };
  for (const { indicator, name } of scopes) next[indicator] = [...new Set([...(next[indicator] ?? []), name])];
  return next;
}

export function removeScope(permissions: ResourcePermissions | undefined, scope: ScopeReference): ResourcePermissions {
  const next: ResourcePermissions = { ...permissions };
  const left = (next[scope.indicator] ?? []).filter((n) => n !== scope.name);
  if (left.length) next[scope.indicator] = left;
  else delete next[scope.indicator];
  return next;
}
