import type { World, WorldMembership } from '../../../../shared/sandbox/world.js';
import { organizationRolePairs, organizationRow } from './logto-shapes.js';

/**
 * `GET /users/:id/organizations` and `/applications/:id/organizations`: the organizations of a user's or an app's
 * memberships, in the world's order, each with the organization roles held there (the first membership of an
 * organization counts, as in every other lookup).
 */
export function membershipRows(world: World, memberships: readonly WorldMembership[]) {
  const rolesIn = new Map<string, string[]>();
  for (const m of memberships) if (!rolesIn.has(m.organization)) rolesIn.set(m.organization, m.roles);
  return (world.organizations ?? []).flatMap((o) => {
    const roles = rolesIn.get(o.id);
    return roles ? [{ ...organizationRow(o), organizationRoles: organizationRolePairs(world, roles) }] : [];
  });
}
