import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { worldWithUsers } from '../support/large-world.js';
import { ADMIN_ROLE, managementClient, managementToken, memberRoles } from '../support/management-api-calls.js';
import type { ManagementAnswer } from '../support/management-api-calls.js';

let sandbox: SandboxHandle;
let api: ReturnType<typeof managementClient>;

const ids = (answer: ManagementAnswer) => (answer.body as { id: string }[]).map((row) => row.id);
const names = (answer: ManagementAnswer) => (answer.body as { name: string }[]).map((row) => row.name);

/** Each of `paths` answers 404 with `body`, as Logto's Management API does for an id it does not have. */
async function expectNotFoundOn(paths: string[], body: { code: string; message?: string }) {
  for (const path of paths) expect(await api('GET', path)).toMatchObject({ status: 404, body });
}

beforeAll(async () => {
  sandbox = await startSandbox();
  api = managementClient(sandbox, await managementToken(sandbox, 'tokenscope-admin-script'));
});

afterAll(async () => {
  await sandbox?.close();
});

describe('Management API reads: users', () => {
  it('lists users as Logto shapes them, a user, their roles and organizations', async () => {
    const users = await api('GET', '/users');
    expect(ids(users)).toEqual(['vera', 'eddie', 'ada', 'noah']);
    expect((users.body as object[])[0]).toMatchObject({
      id: 'vera',
      username: 'vera',
      primaryEmail: 'vera@tokenscope.test',
      primaryPhone: null,
      name: 'Vera Viewer',
      avatar: null,
      customData: {},
      identities: {},
      profile: {},
      isSuspended: false,
    });
    expect((await api('GET', '/users/ada')).body).toMatchObject({ id: 'ada', hasPassword: false });
    expect((await api('GET', '/users/ada/roles')).body).toEqual([ADMIN_ROLE]);
    const organizations = (await api('GET', '/users/ada/organizations')).body as {
      id: string;
      organizationRoles: { id: string; name: string }[];
    }[];
    expect(organizations.map((o) => [o.id, o.organizationRoles])).toEqual([['acme', [{ id: 'admin', name: 'admin' }]]]);
    expect((await api('GET', '/users/noah/organizations')).body).toEqual([]);
  });

  it("lists a user's personal access tokens with Logto's fields", async () => {
    const tokens = (await api('GET', '/users/eddie/personal-access-tokens')).body as Record<string, unknown>[];
    expect(tokens).toEqual([
      expect.objectContaining({ tenantId: 'default', userId: 'eddie', name: "eddie's laptop script", expiresAt: null }),
    ]);
    expect(tokens[0]!.value).toMatch(/^pat_/);
  });

  it('searches users as Logto does: a whole value, or % wildcards', async () => {
    expect(ids(await api('GET', '/users?search=vera'))).toEqual(['vera']);
    expect(ids(await api('GET', '/users?search=ver'))).toEqual([]);
    expect(ids(await api('GET', '/users?search=%25ed%25'))).toEqual(['eddie']);
  });

  it('answers an unknown user with 404 entity.not_found on every user route', async () => {
    await expectNotFoundOn(['/users/nobody', '/users/nobody/roles', '/users/nobody/organizations'], {
      code: 'entity.not_found',
      message: 'The resource does not exist.',
    });
  });
});

describe('Management API reads: roles', () => {
  it('lists roles with their counts and featured holders, filtered by type', async () => {
    const roles = await api('GET', '/roles');
    expect(ids(roles)).toEqual(['viewer', 'editor', 'admin', 'inventory-sync', 'management-reader']);
    expect((roles.body as object[])[3]).toMatchObject({
      type: 'MachineToMachine',
      usersCount: 0,
      featuredUsers: [],
      applicationsCount: 1,
      featuredApplications: [{ id: 'tokenscope-m2m', name: 'Inventory sync job (M2M)', type: 'MachineToMachine' }],
    });
    expect(ids(await api('GET', '/roles?type=MachineToMachine'))).toEqual(['inventory-sync', 'management-reader']);
    expect(ids(await api('GET', '/roles?type=User'))).toEqual(['viewer', 'editor', 'admin']);
    expect(ids(await api('GET', '/roles?search=%25admin%25'))).toEqual(['admin']);
  });

  it("refuses a role type Logto does not know, with zod's issue in data", async () => {
    const answer = await api('GET', '/roles?type=Bogus');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'guard.invalid_input',
      message: 'The request query is invalid.',
      data: { issues: [{ code: 'invalid_enum_value', received: 'Bogus', options: ['User', 'MachineToMachine'] }] },
    });
  });

  it('reads a role, its scopes (each with its resource), its users and its applications', async () => {
    expect((await api('GET', '/roles/viewer')).body).toMatchObject({ id: 'viewer', type: 'User' });
    const scopes = (await api('GET', '/roles/viewer/scopes')).body as {
      name: string;
      resourceId: string;
      resource: { indicator: string };
    }[];
    expect(scopes.map((s) => [s.name, s.resource.indicator])).toEqual([
      ['read:products', 'https://products.tokenscope.test'],
      ['read:orders', 'https://orders.tokenscope.test'],
    ]);
    expect(ids(await api('GET', '/roles/editor/users'))).toEqual(['eddie']);
    expect(ids(await api('GET', '/roles/inventory-sync/applications'))).toEqual(['tokenscope-m2m']);
    const management = (await api('GET', '/roles/management-reader/scopes')).body as { id: string }[];
    expect(management.map((s) => s.id)).toEqual(['management-api-all']);
  });

  it("answers an unknown role with 404 naming Logto's table, on every role route", async () => {
    await expectNotFoundOn(['/roles/nope', '/roles/nope/scopes', '/roles/nope/users', '/roles/nope/applications'], {
      code: 'entity.not_exists_with_id',
      message: 'The roles with ID `nope` does not exist.',
    });
  });
});

describe('Management API reads: API resources', () => {
  it('lists resources (the Management API among them), one resource, and its scopes', async () => {
    const resources = await api('GET', '/resources');
    expect(resources.headers.get('total-number')).toBeNull();
    const rows = resources.body as { id: string; indicator: string; isDefault: boolean }[];
    expect(rows.map((r) => r.indicator)).toEqual([
      'https://products.tokenscope.test',
      'https://orders.tokenscope.test',
      MANAGEMENT_API.indicator,
    ]);
    const products = rows.find((r) => r.isDefault)!;
    expect((await api('GET', `/resources/${products.id}`)).body).toMatchObject({
      tenantId: 'default',
      name: 'Products API',
      accessTokenTtl: 3600,
      isDefault: true,
    });
    const scopes = await api('GET', `/resources/${products.id}/scopes`);
    expect(names(scopes)).toEqual(['read:products', 'write:products', 'delete:products']);
    expect((scopes.body as object[])[0]).toMatchObject({
      resourceId: products.id,
      description: 'List and read products',
    });
    const withScopes = (await api('GET', '/resources?includeScopes=true')).body as { scopes: object[] }[];
    expect(withScopes.map((r) => r.scopes.length)).toEqual([3, 2, 1]);
  });

  it('answers an unknown resource with 404, but its scopes with 200 [] as Logto does', async () => {
    expect(await api('GET', '/resources/nope')).toMatchObject({
      status: 404,
      body: { code: 'entity.not_exists_with_id', message: 'The resources with ID `nope` does not exist.' },
    });
    expect(await api('GET', '/resources/nope/scopes')).toMatchObject({ status: 200, body: [] });
  });
});

describe('Management API reads: applications', () => {
  it('lists applications by type, with a placeholder in `secret` and the usable one under /secrets', async () => {
    const apps = await api('GET', '/applications');
    expect(ids(apps)).toHaveLength(5);
    expect(JSON.stringify(apps.body)).not.toContain('not-for-production');
    expect((apps.body as { secret: string }[])[2]!.secret).toMatch(/^#internal:.{32}$/);
    expect(ids(await api('GET', '/applications?types=MachineToMachine'))).toEqual([
      'tokenscope-m2m',
      'tokenscope-admin-script',
    ]);
    expect(ids(await api('GET', '/applications?types=SPA&types=Native'))).toEqual([
      'tokenscope-native',
      'tokenscope-spa',
    ]);
    expect((await api('GET', '/applications/tokenscope-web')).body).toMatchObject({
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: ['http://127.0.0.1:3000/callback'], postLogoutRedirectUris: [] },
      customClientMetadata: { allowTokenExchange: true },
      isThirdParty: false,
    });
    expect((await api('GET', '/applications/tokenscope-web/secrets')).body).toEqual([
      expect.objectContaining({ name: 'Default secret', value: 'sandbox-web-secret-not-for-production' }),
    ]);
    expect((await api('GET', '/applications?types=Bogus')).body).toMatchObject({ code: 'guard.invalid_input' });
  });

  it("reads an M2M app's roles and organizations; other app types have no roles (422)", async () => {
    expect(ids(await api('GET', '/applications/tokenscope-m2m/roles'))).toEqual(['inventory-sync']);
    const organizations = (await api('GET', '/applications/tokenscope-m2m/organizations')).body as {
      id: string;
      organizationRoles: object[];
    }[];
    expect(organizations.map((o) => [o.id, o.organizationRoles])).toEqual([
      ['acme', [{ id: 'member', name: 'member' }]],
    ]);
    expect(await api('GET', '/applications/tokenscope-web/roles')).toMatchObject({
      status: 422,
      body: {
        code: 'application.invalid_type',
        message: 'Only machine to machine applications can have associated roles.',
      },
    });
  });

  it('answers an unknown application with 404 naming applications', async () => {
    await expectNotFoundOn(['/applications/nope', '/applications/nope/roles', '/applications/nope/organizations'], {
      code: 'entity.not_exists_with_id',
      message: 'The applications with ID `nope` does not exist.',
    });
  });
});

describe('Management API reads: organizations', () => {
  it("lists organizations, one, its members with their organization roles, a member's roles and scopes", async () => {
    expect(ids(await api('GET', '/organizations'))).toEqual(['acme']);
    expect((await api('GET', '/organizations?showFeatured=true')).body).toEqual([
      expect.objectContaining({ id: 'acme', usersCount: 3, featuredUsers: expect.any(Array) }),
    ]);
    expect(ids(await api('GET', '/organizations?q=acme'))).toEqual(['acme']);
    expect(ids(await api('GET', '/organizations?q=globex'))).toEqual([]);
    expect((await api('GET', '/organizations/acme')).body).toMatchObject({ name: 'Acme Inc.', isMfaRequired: false });
    expect(memberRoles(await api('GET', '/organizations/acme/users'))).toEqual([
      ['vera', ['member']],
      ['eddie', ['member']],
      ['ada', ['admin']],
    ]);
    expect((await api('GET', '/organizations/acme/users/ada/roles')).body).toEqual([
      { tenantId: 'default', id: 'admin', name: 'admin', description: 'Runs the organization', type: 'User' },
    ]);
    expect(names(await api('GET', '/organizations/acme/users/ada/scopes'))).toEqual([
      'invite:member',
      'manage:billing',
    ]);
    expect(ids(await api('GET', '/organizations/acme/applications'))).toEqual(['tokenscope-m2m']);
    expect(names(await api('GET', '/organizations/acme/applications/tokenscope-m2m/roles'))).toEqual(['member']);
  });

  it('answers a non-member with 422 organization.require_membership, an unknown organization with 404', async () => {
    const membership = {
      status: 422,
      body: {
        code: 'organization.require_membership',
        message: 'The user must be a member of the organization to proceed.',
      },
    };
    expect(await api('GET', '/organizations/acme/users/noah/roles')).toMatchObject(membership);
    expect(await api('GET', '/organizations/acme/users/nobody/scopes')).toMatchObject(membership);
    expect(await api('GET', '/organizations/acme/applications/tokenscope-web/roles')).toMatchObject(membership);
    expect(await api('GET', '/organizations/nope')).toMatchObject({
      status: 404,
      body: { code: 'entity.not_exists_with_id', message: 'The organizations with ID `nope` does not exist.' },
    });
    // Logto does not check the organization on its member lists.
    expect(await api('GET', '/organizations/nope/users')).toMatchObject({ status: 200, body: [] });
  });
});

describe('Management API reads: organization roles and scopes', () => {
  it('lists organization roles with their scopes and resource scopes inline, and reads each part', async () => {
    const roles = (await api('GET', '/organization-roles')).body as Record<string, unknown>[];
    expect(roles[0]).toEqual({
      tenantId: 'default',
      id: 'admin',
      name: 'admin',
      description: 'Runs the organization',
      type: 'User',
      scopes: [
        { id: 'invite:member', name: 'invite:member' },
        { id: 'manage:billing', name: 'manage:billing' },
      ],
      resourceScopes: [
        {
          id: 'products-tokenscope-test:read:products',
          name: 'read:products',
          resource: { id: 'products-tokenscope-test', name: 'Products API' },
        },
        expect.objectContaining({ name: 'write:products' }),
        expect.objectContaining({ name: 'delete:products' }),
      ],
    });
    expect((await api('GET', '/organization-roles/member')).body).toMatchObject({ id: 'member', type: 'User' });
    expect(names(await api('GET', '/organization-roles/admin/scopes'))).toEqual(['invite:member', 'manage:billing']);
    expect(names(await api('GET', '/organization-roles/member/resource-scopes'))).toEqual(['read:products']);
    expect(names(await api('GET', '/organization-scopes'))).toEqual(['invite:member', 'manage:billing']);
    expect((await api('GET', '/organization-scopes/invite:member')).body).toMatchObject({
      name: 'invite:member',
      description: 'Invite people to the organization',
    });
  });

  it('answers unknown organization roles with 404 entity.not_found, unknown scopes naming their table', async () => {
    await expectNotFoundOn(
      ['/organization-roles/nope', '/organization-roles/nope/scopes', '/organization-roles/nope/resource-scopes'],
      { code: 'entity.not_found' },
    );
    expect((await api('GET', '/organization-scopes/nope')).body).toEqual({
      code: 'entity.not_exists_with_id',
      message: 'The organization_scopes with ID `nope` does not exist.',
    });
  });
});

describe("Management API reads: Logto's pagination", () => {
  const link = (answer: ManagementAnswer) => answer.headers.get('link');

  it('pages always-paginated lists by 20 with Total-Number and first/last Link headers', async () => {
    const roles = await api('GET', '/roles');
    expect(roles.headers.get('total-number')).toBe('5');
    expect(link(roles)).toBe(
      `<${sandbox.origin}/roles?page=1>; rel="first", <${sandbox.origin}/roles?page=1>; rel="last"`,
    );
  });

  it('gives prev and next links inside the range, keeps the query, and answers [] past the end', async () => {
    const middle = await api('GET', '/roles?page=2&page_size=2');
    expect(ids(middle)).toEqual(['admin', 'inventory-sync']);
    expect(link(middle)).toBe(
      [
        `<${sandbox.origin}/roles?page=1&page_size=2>; rel="first"`,
        `<${sandbox.origin}/roles?page=3&page_size=2>; rel="last"`,
        `<${sandbox.origin}/roles?page=1&page_size=2>; rel="prev"`,
        `<${sandbox.origin}/roles?page=3&page_size=2>; rel="next"`,
      ].join(', '),
    );
    const past = await api('GET', '/roles?page=99&page_size=2');
    expect(past.body).toEqual([]);
    expect(past.headers.get('total-number')).toBe('5');
    expect(link(past)).toContain('/roles?page=98&page_size=2>; rel="prev"');
    expect(link(await api('GET', '/roles?type=User'))).toContain(`<${sandbox.origin}/roles?type=User&page=1>`);
  });

  it('paginates optional lists only when asked', async () => {
    const paged = await api('GET', '/resources?page=2&page_size=2');
    expect(paged.headers.get('total-number')).toBe('3');
    expect((paged.body as { indicator: string }[]).map((r) => r.indicator)).toEqual([MANAGEMENT_API.indicator]);
    expect((await api('GET', '/applications')).headers.get('link')).toBeNull();
  });

  it('refuses page 0, page_size 0 or over 100, and non-numbers with guard.invalid_pagination', async () => {
    for (const query of ['page=0', 'page_size=101', 'page_size=0', 'page=two', 'page=-1']) {
      expect(await api('GET', `/users?${query}`)).toMatchObject({
        status: 400,
        body: { code: 'guard.invalid_pagination', message: 'The request pagination value is invalid.' },
      });
    }
    expect((await api('GET', '/users?page_size=100')).status).toBe(200);
  });
});

describe('Management API reads: a large world', () => {
  it('pages 10,000 users (4 + 9,996) by 100 with the total, each page in order', async () => {
    const large = await startSandbox({ world: parseWorld(worldWithUsers(9_996)) });
    try {
      const read = managementClient(large, await managementToken(large, 'tokenscope-admin-script'));
      const last = await read('GET', '/users?page=100&page_size=100');
      expect(last.headers.get('total-number')).toBe('10000');
      expect(ids(last)).toEqual(large.world.users.slice(9_900).map((u) => u.id));
      expect(last.headers.get('link')).not.toContain('rel="next"');
    } finally {
      await large.close();
    }
    // Building and checking a 10,000-user world and starting a sandbox on it took 25 s on a loaded machine; the
    // speed of the read itself is measured in `npm run bench tenant-read-large`, not here.
  }, 120_000);
});
