import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { World } from '../../shared/sandbox/world.js';
import { parseWorld, WorldError, worldProblems } from '../../electron/services/sandbox/world/world-validation.js';

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
    const world = parseWorld(
      JSON.stringify({ $schema: 'https://tokenscope.dev/schemas/sandbox-world.json', ...defaultWorld() }, null, 2),
    );
    expect(world.users.map((u) => u.id)).toContain('ada');
  });

  it('names the line and path of a misspelt field', () => {
    const text = DEFAULT_WORLD_YAML.replace('    username: noah', '    usernme: noah');
    const problems = problemsOf(text);
    const line = text.split('\n').findIndex((l) => l.includes('usernme')) + 1;
    expect(problems).toContainEqual(expect.objectContaining({ path: '/users/3/usernme', line }));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '/users/3', message: '"username" is required here.' }),
    );
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
        message:
          '"read:products" is not a permission of https://orders.tokenscope.test (it has: read:orders, write:orders).',
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

  it("refuses an organization role held by the other kind of member, as Logto's role types do", () => {
    const world = defaultWorld();
    world.organizationRoles!.push(
      { id: 'sync', name: 'sync', type: 'm2m' },
      { id: 'people', name: 'people', type: 'user' },
    );
    world.users.find((u) => u.id === 'ada')!.organizations = [{ organization: 'acme', roles: ['admin', 'sync'] }];
    world.applications.find((a) => a.id === 'tokenscope-m2m')!.organizations = [
      { organization: 'acme', roles: ['member', 'people', 'sync'] },
    ];
    expect(worldProblems(world)).toEqual([
      {
        path: '/users/2/organizations/0/roles/1',
        message: 'organization role "sync" is a m2m role; users hold only user organization roles (or untyped ones).',
      },
      {
        path: '/applications/3/organizations/0/roles/1',
        message:
          'organization role "people" is a user role; M2M apps hold only m2m organization roles (or untyped ones).',
      },
    ]);
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

  describe('private_key_jwt apps', () => {
    const publicKey =
      '{ "kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", "alg": "ES256" }';
    const m2mSecret = '    secret: sandbox-m2m-secret-not-for-production\n';
    const withKeys = (jwks: string, method = 'private_key_jwt') =>
      DEFAULT_WORLD_YAML.replace(m2mSecret, `    tokenEndpointAuthMethod: ${method}\n    jwks: ${jwks}\n`);

    it('accepts an M2M app with its public keys and no secret', () => {
      const world = parseWorld(withKeys(`{ keys: [ ${publicKey} ] }`));
      expect(world.applications.find((a) => a.id === 'tokenscope-m2m')).toMatchObject({
        tokenEndpointAuthMethod: 'private_key_jwt',
        jwks: { keys: [{ kty: 'EC', alg: 'ES256' }] },
      });
    });

    it('refuses a private key pasted by mistake, on the line of its private member', () => {
      const text = withKeys(
        `\n      keys:\n        - kty: EC\n          crv: P-256\n          x: f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\n          y: x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\n          d: jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI`,
      );
      const [problem] = problemsOf(text);
      expect(problem).toMatchObject({
        path: '/applications/3/jwks/keys/0/d',
        line: text.split('\n').findIndex((l) => l.includes('d: jpsQ')) + 1,
      });
      expect(problem!.message).toMatch(/private member "d": paste only the public key/);
    });

    it('needs jwks, no secret beside it, and no key method on a public client', () => {
      const world = defaultWorld();
      const m2m = world.applications.find((a) => a.id === 'tokenscope-m2m')!;
      m2m.tokenEndpointAuthMethod = 'private_key_jwt';
      world.applications.find((a) => a.id === 'tokenscope-spa')!.tokenEndpointAuthMethod = 'private_key_jwt';
      world.applications.find((a) => a.id === 'tokenscope-web')!.jwks = { keys: [JSON.parse(publicKey)] };
      expect(worldProblems(world)).toEqual([
        {
          path: '/applications/1/tokenEndpointAuthMethod',
          message: expect.stringContaining(
            'a spa app is a public client and does not authenticate at the token endpoint',
          ),
        },
        {
          path: '/applications/2/jwks',
          message: 'jwks is used only with tokenEndpointAuthMethod: private_key_jwt: add that, or remove jwks.',
        },
        { path: '/applications/3/secret', message: expect.stringContaining('its secret would never be checked') },
        { path: '/applications/3', message: expect.stringContaining('a private_key_jwt app needs jwks') },
      ]);
    });

    it('refuses a key method the sandbox does not offer, and an empty key set', () => {
      const problems = problemsOf(withKeys('{ keys: [] }', 'client_secret_jwt'));
      expect(problems).toContainEqual(
        expect.objectContaining({
          path: '/applications/3/tokenEndpointAuthMethod',
          message: 'must be one of "client_secret_basic", "private_key_jwt".',
        }),
      );
      expect(problems).toContainEqual(
        expect.objectContaining({
          path: '/applications/3/jwks/keys',
          message: expect.stringContaining('at least one public key'),
        }),
      );
    });
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = problemsOf('resources: [\nroles: x');
    expect(problems[0]!.line).toBeGreaterThan(0);
  });
});
