import { describe, expect, it } from 'vitest';
import { adminApiForFile } from '../support/management-api-calls.js';

const { sandbox, api } = adminApiForFile();

const missing = (field: string) => ({ path: [field], code: 'invalid_type', message: 'Required' });
const invalidInput = (...issues: object[]) => ({ code: 'guard.invalid_input', data: { issues } });

/** [what, method, path, body, Logto's status, Logto's body (or the part of it that says why)] */
const BAD_WRITES: [string, string, string, unknown, number, object][] = [
  [
    'a resource without name and indicator',
    'POST',
    '/resources',
    {},
    400,
    invalidInput(missing('name'), missing('indicator')),
  ],
  [
    'a second resource with an indicator in use',
    'POST',
    '/resources',
    { name: 'Again', indicator: 'https://products.tokenscope.test' },
    422,
    {
      code: 'resource.resource_identifier_in_use',
      message: 'The API identifier https://products.tokenscope.test is already in use',
    },
  ],
  [
    'a resource indicator that is no absolute URI (RFC 8707 §2)',
    'POST',
    '/resources',
    { name: 'Bad', indicator: 'products' },
    400,
    { code: 'guard.invalid_input' },
  ],
  [
    'deleting the Management API',
    'DELETE',
    '/resources/management-api',
    undefined,
    400,
    {
      code: 'resource.cannot_delete_management_api',
      message: 'Cannot delete Logto management API.',
    },
  ],
  [
    'a scope name the resource has',
    'POST',
    '/resources/products-tokenscope-test/scopes',
    { name: 'read:products' },
    422,
    { code: 'scope.name_exists', message: 'The scope name read:products is already in use' },
  ],
  [
    'a scope name with a space',
    'POST',
    '/resources/products-tokenscope-test/scopes',
    { name: 'read products' },
    400,
    { code: 'scope.name_with_space', message: 'The name of the scope cannot contain any spaces.' },
  ],
  [
    'a scope of an unknown resource',
    'POST',
    '/resources/nope/scopes',
    { name: 'a' },
    404,
    {
      code: 'entity.not_exists_with_id',
      message: 'The resources with ID `nope` does not exist.',
    },
  ],
  [
    'a role name in use',
    'POST',
    '/roles',
    { name: 'Admin', description: 'again' },
    422,
    {
      code: 'role.name_in_use',
      message: 'This role name Admin is already in use',
    },
  ],
  ['a role without description', 'POST', '/roles', { name: 'New' }, 400, invalidInput(missing('description'))],
  [
    'a role type Logto does not have',
    'POST',
    '/roles',
    { name: 'New', description: 'd', type: 'Robot' },
    400,
    invalidInput({ path: ['type'], code: 'invalid_enum_value', options: ['User', 'MachineToMachine'] }),
  ],
  [
    'a role with one known and one unknown scope (nothing of it is created)',
    'POST',
    '/roles',
    { name: 'Half', description: 'd', scopeIds: ['products-tokenscope-test:read:products', 'nope'] },
    404,
    { code: 'entity.not_exists_with_id', message: 'The scopes with ID `nope` does not exist.' },
  ],
  [
    "a user role with the Management API's scope",
    'POST',
    '/roles',
    { name: 'Sneaky', description: 'd', scopeIds: ['management-api-all'] },
    400,
    { code: 'role.management_api_scopes_not_assignable_to_user_role' },
  ],
  [
    'a scope the role holds already',
    'POST',
    '/roles/viewer/scopes',
    { scopeIds: ['products-tokenscope-test:read:products'] },
    422,
    {
      code: 'role.scope_exists',
      message: 'The scope id products-tokenscope-test:read:products has already been added to this role',
    },
  ],
  [
    'an empty list of users for a role',
    'POST',
    '/roles/viewer/users',
    { userIds: [] },
    400,
    invalidInput({
      path: ['userIds'],
      code: 'too_small',
    }),
  ],
  [
    'an M2M role for a user',
    'POST',
    '/users/vera/roles',
    { roleIds: ['inventory-sync'] },
    422,
    {
      code: 'user.invalid_role_type',
      message: 'Invalid role type, can not assign machine-to-machine role to user.',
    },
  ],
  [
    'a role the user holds',
    'POST',
    '/users/vera/roles',
    { roleIds: ['viewer'] },
    422,
    {
      code: 'user.role_exists',
      message: 'The role id viewer is already been added to this user',
    },
  ],
  [
    'an unknown role for a user',
    'POST',
    '/users/vera/roles',
    { roleIds: ['nope'] },
    404,
    {
      code: 'entity.not_exists_with_id',
    },
  ],
  [
    'a username in use',
    'POST',
    '/users',
    { username: 'vera' },
    422,
    {
      code: 'user.username_already_in_use',
      message: 'This username is already in use.',
    },
  ],
  [
    'an email in use',
    'POST',
    '/users',
    { primaryEmail: 'ada@tokenscope.test' },
    422,
    {
      code: 'user.email_already_in_use',
      message: 'This email is associated with an existing account.',
    },
  ],
  [
    'a change to an unknown user',
    'PATCH',
    '/users/nobody',
    { name: 'x' },
    404,
    {
      code: 'entity.not_found',
      message: 'The resource does not exist.',
    },
  ],
  [
    'a PAT name the user has',
    'POST',
    '/users/eddie/personal-access-tokens',
    { name: "eddie's laptop script" },
    422,
    { code: 'user.personal_access_token_name_exists', message: 'Personal access token name already exists.' },
  ],
  [
    'roles for a web app',
    'POST',
    '/applications/tokenscope-web/roles',
    { roleIds: ['inventory-sync'] },
    422,
    {
      code: 'application.invalid_type',
      message: 'Only machine to machine applications can have associated roles.',
    },
  ],
  [
    'a user role for an M2M app',
    'POST',
    '/applications/tokenscope-m2m/roles',
    { roleIds: ['viewer'] },
    422,
    {
      code: 'application.invalid_role_type',
      message: 'Can not assign user type role to machine to machine application.',
    },
  ],
  ['an app without a type', 'POST', '/applications', { name: 'App' }, 400, invalidInput(missing('type'))],
  [
    'a SAML app',
    'POST',
    '/applications',
    { name: 'App', type: 'SAML' },
    422,
    {
      code: 'sandbox.application_type_not_served',
    },
  ],
  [
    'a redirect URI that is no absolute URI',
    'PATCH',
    '/applications/tokenscope-spa',
    { oidcClientMetadata: { redirectUris: ['callback'] } },
    400,
    { code: 'guard.invalid_input' },
  ],
  [
    'an unknown user in an organization',
    'POST',
    '/organizations/acme/users',
    { userIds: ['nobody'] },
    422,
    {
      code: 'entity.relation_foreign_key_not_found',
    },
  ],
  [
    'organization roles for a non-member',
    'POST',
    '/organizations/acme/users/noah/roles',
    { organizationRoleIds: ['member'] },
    422,
    { code: 'organization.require_membership', message: 'The user must be a member of the organization to proceed.' },
  ],
  [
    'organization roles for a member and a non-member at once (nothing of it is applied)',
    'POST',
    '/organizations/acme/users/roles',
    { userIds: ['vera', 'noah'], organizationRoleIds: ['admin'] },
    422,
    { code: 'organization.require_membership' },
  ],
  [
    'an organization role name in use',
    'POST',
    '/organization-roles',
    { name: 'admin' },
    422,
    {
      code: 'entity.unique_integrity_violation',
      message: 'The entity already exists. Please check the input and try again.',
    },
  ],
  [
    'an unknown organization scope',
    'POST',
    '/organization-roles',
    { name: 'x', organizationScopeIds: ['nope'] },
    422,
    {
      code: 'organization.roles.invalid_scope_ids',
      message: 'The organization scope IDs are not valid.',
    },
  ],
  ['deleting an unknown role', 'DELETE', '/roles/nope', undefined, 404, { code: 'entity.not_exists_with_id' }],
];

describe("Management API: bad writes get Logto's status and body, and change nothing", () => {
  for (const [what, method, path, body, status, expected] of BAD_WRITES) {
    it(`${what}: ${method} ${path} -> ${status}`, async () => {
      const before = JSON.stringify(sandbox().world);
      const answer = await api(method, path, body);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject(expected);
      expect(JSON.stringify(sandbox().world)).toBe(before);
    });
  }

  it('keeps serving the same world after all of them: tokens as before', async () => {
    expect(((await api('GET', '/roles?page_size=100')).body as object[]).length).toBe(5);
    expect(((await api('GET', '/users/vera/roles')).body as { id: string }[]).map((r) => r.id)).toEqual(['viewer']);
  });
});
