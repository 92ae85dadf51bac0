import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { World } from '../../shared/sandbox/world.js';
import { parseWorld, WorldError, worldProblems } from '../../electron/services/sandbox/world-validation.js';

function defaultWorld(): World {
  return parseYaml(DEFAULT_WORLD_YAML) as World;
}

function problemsOf(text: string) {
  try {
    parseWorld(text);
  } catch (error) {
    expect(error).toBeInstanceOf(WorldError);
    return (error as WorldError).problems;
  }
  throw new Error('expected the world to be refused');
}

describe('world validation', () => {
  it('accepts the default world', () => {
    expect(worldProblems(defaultWorld())).toEqual([]);
  });

  it('reads JSON as well as YAML, with a $schema for editors', () => {
    const world = parseWorld(JSON.stringify({ $schema: 'https://tokenscope.dev/schemas/sandbox-world.json', ...defaultWorld() }, null, 2));
    expect(world.users.map((u) => u.id)).toContain('ada');
  });

  it('names the line and path of a misspelt field', () => {
    const text = DEFAULT_WORLD_YAML.replace('    username: noah', '    usernme: noah');
    const problems = problemsOf(text);
    const line = text.split('\n').findIndex((l) => l.includes('usernme')) + 1;
    expect(problems).toContainEqual(expect.objectContaining({ path: '/users/3/usernme', line }));
    expect(problems).toContainEqual(expect.objectContaining({ path: '/users/3', message: '"username" is required here.' }));
  });

  it('refuses a role that does not exist, with the line of the reference', () => {
    const text = DEFAULT_WORLD_YAML.replace('    roles: [viewer]', '    roles: [veiwer]');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({ path: '/users/0/roles/0', message: 'no role has the id "veiwer".' });
    expect(problem!.line).toBe(text.split('\n').findIndex((l) => l.includes('[veiwer]')) + 1);
  });

  it('refuses a permission the API resource does not define, naming the ones it has', () => {
    const world = defaultWorld();
    world.roles[0]!.permissions['https://orders.tokenscope.test'] = ['read:products'];
    expect(worldProblems(world)).toEqual([
      {
        path: '/roles/0/permissions/https:~1~1orders.tokenscope.test/0',
        message: '"read:products" is not a permission of https://orders.tokenscope.test (it has: read:orders, write:orders).',
      },
    ]);
  });

  it('refuses a user role given to an M2M app, and a secret on a public client', () => {
    const world = defaultWorld();
    world.applications.find((a) => a.type === 'm2m')!.roles = ['admin'];
    world.applications.find((a) => a.type === 'spa')!.secret = 'not-allowed-here';
    const messages = worldProblems(world).map((p) => p.message);
    expect(messages).toContain('role "admin" is a user role; only m2m roles can be given here.');
    expect(messages).toContain('a spa app is a public client (PKCE, no secret): remove the secret.');
  });

  it('refuses a resource indicator that is not an absolute URI, citing RFC 8707', () => {
    const world = defaultWorld();
    world.resources[0]!.indicator = 'products-api';
    const problems = worldProblems(world);
    expect(problems[0]).toMatchObject({ path: '/resources/0/indicator' });
    expect(problems[0]!.message).toContain('RFC 8707');
  });

  it('explains a permission name with a space without talking about URIs', () => {
    const world = defaultWorld();
    world.resources[0]!.permissions[0]!.name = 'read products';
    const [problem] = worldProblems(world);
    expect(problem!.path).toBe('/resources/0/permissions/0/name');
    expect(problem!.message).not.toContain('URI');
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf('resources: [\nroles: x');
    expect(problems[0]!.line).toBeGreaterThan(0);
  });
});
