import type { World } from '../sandbox/world.js';
import { organizationAudience, organizationOfAudiences } from '../oauth/reserved-resources.js';
import {
  applicationPermissions,
  organizationPermissions,
  organizationRoleIds,
  userPermissions,
} from '../sandbox/world-queries.js';
import { subjectKind } from './checks/subject.js';
import { audiences, stringClaim } from './claims.js';
import type { ScopeWorld } from './scope-diff.js';

type Held = { resource: string; scopes: readonly string[] }[];

/** Logto: an organization token draws its scopes from the subject's organization roles only, never its global roles. */
function organizationHeld(
  world: World,
  subject: { kind: 'user' | 'app'; id: string },
  organizationId: string,
  apiToken: boolean,
): Held {
  const roleIds = organizationRoleIds(world, subject, organizationId) ?? [];
  if (!apiToken)
    return [{ resource: organizationAudience(organizationId), scopes: organizationPermissions(world, roleIds) }];
  return world.resources.map((r) => ({
    resource: r.indicator,
    scopes: organizationPermissions(world, roleIds, r.indicator),
  }));
}

/**
 * The sandbox knows its whole world, so the scope diff's reasons for a sandbox token are exact: the permissions the
 * token's subject holds are read from the same roles the sandbox applied (M2M roles when sub = client_id, the
 * user's roles otherwise, organization roles for organization tokens).
 */
export function scopeWorldFromSandbox(
  world: World,
  payload: Record<string, unknown>,
  consented?: readonly string[],
): ScopeWorld {
  const kind = subjectKind(payload);
  const subject =
    kind === 'app'
      ? { kind: 'app' as const, id: stringClaim(payload, 'client_id') ?? '' }
      : { kind: 'user' as const, id: stringClaim(payload, 'sub') ?? '' };
  const organizationFromAudience = organizationOfAudiences(audiences(payload));
  const organizationClaim = stringClaim(payload, 'organization_id');
  let subjectPermissions: Held | undefined;
  if (kind === 'unknown') subjectPermissions = undefined;
  else if (organizationFromAudience)
    subjectPermissions = organizationHeld(world, subject, organizationFromAudience, false);
  else if (organizationClaim) subjectPermissions = organizationHeld(world, subject, organizationClaim, true);
  else {
    subjectPermissions = world.resources.map((r) => ({
      resource: r.indicator,
      scopes:
        kind === 'app'
          ? applicationPermissions(world, subject.id, r.indicator)
          : userPermissions(world, subject.id, r.indicator),
    }));
  }
  return {
    exact: kind !== 'unknown',
    resources: world.resources.map((resource) => ({
      indicator: resource.indicator,
      scopes: resource.permissions.map((p) => p.name),
    })),
    organizationScopes: (world.organizationPermissions ?? []).map((p) => p.name),
    subjectPermissions,
    consented,
  };
}
