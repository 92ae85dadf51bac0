import { describe, expect, it } from 'vitest';
import { worldIndex } from '../../electron/services/sandbox/management-api/world-index.js';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';
import { organizationRoleIds } from '../../shared/sandbox/world-queries.js';
import type { World } from '../../shared/sandbox/world.js';

const defaultWorld = parseWorld(DEFAULT_WORLD_YAML);
// Not a valid world (a role twice, an organization twice): the routes still answer for it as the lookups did.
const odd: World = {
  ...defaultWorld,
  users: [
    ...defaultWorld.users,
    {
      id: 'twice',
      username: 'twice',
      roles: ['viewer', 'viewer'],
      organizations: [
        { organization: 'acme', roles: ['member'] },
        { organization: 'acme', roles: ['admin'] },
      ],
    },
  ],
};

describe('worldIndex: the same answers as searching the world', () => {
  it.each<[string, World]>([
    ['the default world', defaultWorld],
    ['a world holding a role and an organization twice', odd],
  ])('%s', (_what, world) => {
    const index = worldIndex(world);
    for (const role of world.roles) {
      expect(index.roleUsers.get(role.id) ?? []).toEqual(world.users.filter((u) => u.roles.includes(role.id)));
      expect(index.roleApplications.get(role.id) ?? []).toEqual(
        world.applications.filter((a) => a.roles?.includes(role.id)),
      );
    }
    for (const org of world.organizations ?? []) {
      const members = world.users.flatMap((u) => {
        const roles = organizationRoleIds(world, { kind: 'user', id: u.id }, org.id);
        return roles ? [{ member: u, roles }] : [];
      });
      expect(index.organizationUsers.get(org.id) ?? []).toEqual(members);
    }
    expect(index.resources.get(MANAGEMENT_API.indicator)?.name).toBe(MANAGEMENT_API.name);
    expect(index.resourcesById.get('management-api')?.indicator).toBe(MANAGEMENT_API.indicator);
  });

  it('is built once per world, and anew for the next one', () => {
    const next = structuredClone(defaultWorld);
    expect(worldIndex(defaultWorld)).toBe(worldIndex(defaultWorld));
    expect(worldIndex(next)).not.toBe(worldIndex(defaultWorld));
  });
});
