import type { ResourcePermissions, World, WorldResource } from './world.js';
import { SAMPLE_APIS, sampleApiUrl } from './sample-api.js';

/**
 * The world the sandbox's authorization server serves: the world as written, plus each sample API registered a second
 * time under the URL the sandbox serves it at, with the same permissions, role grants and switches.
 *
 * Why: the world names its APIs `https://products.tokenscope.test` and the like, which are not URLs of the sandbox
 * (its port changes with each launch, and a world file outlives it). A client that starts from the API's URL alone
 * (RFC 9728) reads `resource` = that URL from the metadata (§3.3 requires they be equal) and asks for a token for
 * exactly it (RFC 8707); in Logto that works when the API resource is registered under its URL, so the sandbox
 * registers that URL too. The sample API takes a token for either name. The world the user edits never shows them.
 */
export function withSampleApiIdentifiers(world: World, origin: string): World {
  const twins = new Map<string, string>();
  const resources: WorldResource[] = [];
  for (const api of SAMPLE_APIS) {
    const resource = world.resources.find((r) => r.indicator === api.indicator);
    const url = sampleApiUrl(origin, api);
    if (!resource || world.resources.some((r) => r.indicator === url)) continue;
    twins.set(api.indicator, url);
    resources.push({ ...resource, indicator: url });
  }
  if (!twins.size) return world;
  const twinPermissions = (permissions: ResourcePermissions): ResourcePermissions => {
    const copy = { ...permissions };
    for (const [indicator, url] of twins) if (permissions[indicator]) copy[url] = [...permissions[indicator]];
    return copy;
  };
  return {
    ...world,
    resources: [...world.resources, ...resources],
    roles: world.roles.map((role) => ({ ...role, permissions: twinPermissions(role.permissions) })),
    ...(world.organizationRoles
      ? {
          organizationRoles: world.organizationRoles.map((role) =>
            role.resourcePermissions
              ? { ...role, resourcePermissions: twinPermissions(role.resourcePermissions) }
              : role,
          ),
        }
      : {}),
  };
}
