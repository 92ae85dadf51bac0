import type { World } from '../../../shared/sandbox/world.js';
import type { Tenant } from '../../../shared/tenant/tenant.js';
import { tenantFromWorld } from '../../../shared/tenant/tenant-from-world.js';

/** One tenant per applied world: a world is replaced, never changed in place, when the user applies an edit. */
const byWorld = new WeakMap<World, Tenant>();

/** The sandbox's world as a tenant, read when the world was first asked about (it is whole, so complete). */
export function sandboxTenant(world: World): Tenant {
  let tenant = byWorld.get(world);
  if (!tenant) byWorld.set(world, (tenant = tenantFromWorld(world, new Date().toISOString())));
  return tenant;
}
