import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { World } from '../../shared/sandbox/world.js';
import { managementClient, managementToken } from '../support/management-api-calls.js';
import { bootstrapOf, provisionWorld, type Provisioned } from '../support/provision-world.js';

const world = parseWorld(DEFAULT_WORLD_YAML);
let sandbox: SandboxHandle;
let provisioned: Provisioned;

beforeAll(async () => {
  sandbox = await startSandbox({ world: bootstrapOf(world) });
  provisioned = await provisionWorld(
    managementClient(sandbox, await managementToken(sandbox, 'tokenscope-admin-script')),
    world,
  );
});

afterAll(async () => {
  await sandbox?.close();
});

/**
 * `w` with the provisioned ids written back as the world's, and what Logto draws at random left out (secrets, PAT
 * values, empty redirect lists); lists keyed by id sorted, since the bootstrap app comes first in the provisioned world.
 */
function comparable(w: World, back: Map<string, string>): unknown {
  let text = JSON.stringify(w);
  for (const [own, original] of back) text = text.split(`"${own}"`).join(`"${original}"`);
  const copy = JSON.parse(text) as World;
  for (const app of copy.applications) {
    delete app.secret;
    // Logto's apps always carry both lists; an empty one says what an absent one does.
    if (!app.redirectUris?.length) delete app.redirectUris;
    if (!app.postLogoutRedirectUris?.length) delete app.postLogoutRedirectUris;
  }
  for (const user of copy.users) for (const pat of user.personalAccessTokens ?? []) pat.value = '<random>';
  const byId = <T extends { id: string }>(list: T[] | undefined) =>
    [...(list ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  return { ...copy, applications: byId(copy.applications), roles: byId(copy.roles), users: byId(copy.users) };
}

describe('Management API: a world provisioned into an empty sandbox with Logto calls only', () => {
  it('is the world it was made from, but for the ids, secrets and PAT values the server drew', () => {
    const pairs = [...provisioned.ids, ...provisioned.organizationRoleIds].filter(([a, b]) => a !== b);
    const back = new Map(pairs.map(([original, own]) => [own, original]));
    expect(comparable(sandbox.world, back)).toEqual(comparable(world, new Map()));
  });

  it('gave fresh ids and secrets, as Logto does', () => {
    expect(provisioned.ids.get('vera')).toMatch(/^[a-z0-9]{12}$/);
    expect(provisioned.ids.get('tokenscope-web')).toMatch(/^[a-z0-9]{21}$/);
    const web = sandbox.world.applications.find((a) => a.id === provisioned.ids.get('tokenscope-web'))!;
    expect(web.secret).not.toBe(world.applications.find((a) => a.id === 'tokenscope-web')!.secret);
  });
});
