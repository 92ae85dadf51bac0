import type { World } from '../sandbox/world.js';
import { applicationPermissions, userPermissions } from '../sandbox/world-queries.js';
import { subjectKind } from './checks/subject.js';
import type { ScopeWorld } from './scope-diff.js';

/**
 * The sandbox knows its whole world, so the scope diff's reasons for a sandbox token are exact: the permissions the
 * token's subject holds are read from the same roles the sandbox applied (M2M roles when sub = client_id, else the
 * user's roles). Organization roles are not counted; organization tokens get the "likely" reasons of other servers.
 */
export function scopeWorldFromSandbox(world: World, payload: Record<string, unknown>, consented?: readonly string[]): ScopeWorld {
  const kind = subjectKind(payload);
  const sub = typeof payload.sub === 'string' ? payload.sub : '';
  const clientId = typeof payload.client_id === 'string' ? payload.client_id : '';
  const subjectPermissions = kind === 'unknown'
    ? undefined
    : world.resources.map((resource) => ({
        resource: resource.indicator,
        scopes: kind === 'app' ? applicationPermissions(world, clientId, resource.indicator) : userPermissions(world, sub, resource.indicator),
      }));
  return {
    exact: kind !== 'unknown' && payload.organization_id === undefined,
    resources: world.resources.map((resource) => ({ indicator: resource.indicator, scopes: resource.permissions.map((p) => p.name) })),
    organizationScopes: (world.organizationPermissions ?? []).map((p) => p.name),
    subjectPermissions,
    consented,
  };
}
