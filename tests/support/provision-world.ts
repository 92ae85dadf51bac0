import type { World, WorldApplication } from '../../shared/sandbox/world.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';
import type { ManagementAnswer } from './management-api-calls.js';

type Call = (method: string, path: string, body?: unknown) => Promise<ManagementAnswer>;

const APP_TYPES = { native: 'Native', spa: 'SPA', traditional: 'Traditional', m2m: 'MachineToMachine' } as const;
const ROLE_TYPES = { user: 'User', m2m: 'MachineToMachine' } as const;

/**
 * What an empty Logto tenant already has for a script to call its Management API: the M2M apps holding a role with
 * the Management API's `all`, and those roles (on Logto, the admin tenant's `m-default`). Everything else of
 * `world` is left for `provisionWorld` to create. The version profile and signing key are the server's, not
 * Management API objects, so they stay too.
 */
export function bootstrapOf(world: World): World {
  const roles = world.roles.filter((r) => r.type === 'm2m' && r.permissions[MANAGEMENT_API.indicator]?.includes('all'));
  const roleIds = new Set(roles.map((r) => r.id));
  const applications = world.applications
    .filter((a) => a.type === 'm2m' && a.roles?.some((id) => roleIds.has(id)))
    .map((a) => ({ ...a, roles: a.roles!.filter((id) => roleIds.has(id)), organizations: undefined }));
  return JSON.parse(
    JSON.stringify({ logto: world.logto, signingKey: world.signingKey, resources: [], roles, users: [], applications }),
  ) as World;
}

/** The ids a world names mapped to the ones the provisioned sandbox gave the same objects. */
export type IdMap = Map<string, string>;

/**
 * What provisioning gave: `ids` for roles, users, apps and organizations, `organizationRoleIds` apart (a world may
 * give a role and an organization role the same id, as the default world's `admin`).
 */
export interface Provisioned {
  ids: IdMap;
  organizationRoleIds: IdMap;
}

async function expectStatus(answer: Promise<ManagementAnswer>, status: number, what: string) {
  const settled = await answer;
  if (settled.status !== status)
    throw new Error(`${what}: expected ${status}, got ${settled.status} ${JSON.stringify(settled.body)}`);
  return settled.body as Record<string, unknown> & { id: string };
}

/**
 * Creates `world` in a sandbox started from `bootstrapOf(world)`, with only the Management API calls a provisioning
 * script makes against Logto, in the order the objects depend on each other. Ids are the ones the server gives, as
 * on Logto; the answer maps the world's ids to them. Private-key (private_key_jwt) apps have no Management API
 * route on Logto, so a world with one is refused here.
 */
export async function provisionWorld(call: Call, world: World): Promise<Provisioned> {
  const ids: IdMap = new Map();
  const organizationRoleIds: IdMap = new Map();
  const scopeIds = new Map<string, string>();
  const organizationScopeIds = new Map<string, string>();
  const existing = bootstrapOf(world);
  for (const role of existing.roles) ids.set(role.id, role.id);
  for (const app of existing.applications) ids.set(app.id, app.id);

  for (const scope of (await expectStatus(
    call('GET', '/resources/management-api/scopes'),
    200,
    'management scopes',
  )) as unknown as {
    id: string;
    name: string;
  }[])
    scopeIds.set(`${MANAGEMENT_API.indicator} ${scope.name}`, scope.id);

  for (const resource of world.resources) {
    if (resource.indicator === MANAGEMENT_API.indicator) continue;
    const created = await expectStatus(
      call('POST', '/resources', {
        name: resource.name,
        indicator: resource.indicator,
        ...(resource.accessTokenTtl === undefined ? {} : { accessTokenTtl: resource.accessTokenTtl }),
      }),
      201,
      `resource ${resource.indicator}`,
    );
    for (const permission of resource.permissions) {
      const scope = await expectStatus(
        call('POST', `/resources/${created.id}/scopes`, { name: permission.name, description: permission.description }),
        201,
        `scope ${permission.name}`,
      );
      scopeIds.set(`${resource.indicator} ${permission.name}`, scope.id);
    }
    if (world.defaultResource === resource.indicator)
      await expectStatus(call('PATCH', `/resources/${created.id}/is-default`, { isDefault: true }), 200, 'default API');
  }
  const scopesOf = (permissions: Record<string, string[]> | undefined) =>
    Object.entries(permissions ?? {}).flatMap(([indicator, names]) =>
      names.map((name) => scopeIds.get(`${indicator} ${name}`)!),
    );

  for (const role of world.roles) {
    if (ids.has(role.id)) continue;
    const created = await expectStatus(
      call('POST', '/roles', {
        name: role.name,
        description: role.description ?? role.name,
        type: ROLE_TYPES[role.type],
        scopeIds: scopesOf(role.permissions),
      }),
      200,
      `role ${role.id}`,
    );
    ids.set(role.id, created.id);
  }

  for (const permission of world.organizationPermissions ?? []) {
    const created = await expectStatus(
      call('POST', '/organization-scopes', { name: permission.name, description: permission.description }),
      201,
      `organization scope ${permission.name}`,
    );
    organizationScopeIds.set(permission.name, created.id);
  }
  for (const role of world.organizationRoles ?? []) {
    const created = await expectStatus(
      call('POST', '/organization-roles', {
        name: role.name,
        description: role.description,
        ...(role.type ? { type: ROLE_TYPES[role.type] } : {}),
        organizationScopeIds: (role.permissions ?? []).map((name) => organizationScopeIds.get(name)!),
        resourceScopeIds: scopesOf(role.resourcePermissions),
      }),
      201,
      `organization role ${role.id}`,
    );
    organizationRoleIds.set(role.id, created.id);
  }
  for (const organization of world.organizations ?? []) {
    const created = await expectStatus(
      call('POST', '/organizations', { name: organization.name, description: organization.description }),
      201,
      `organization ${organization.id}`,
    );
    ids.set(organization.id, created.id);
  }

  for (const user of world.users) {
    const created = await expectStatus(
      call('POST', '/users', {
        username: user.username,
        ...(user.name === undefined ? {} : { name: user.name }),
        ...(user.email === undefined ? {} : { primaryEmail: user.email }),
        ...(user.customData === undefined ? {} : { customData: user.customData }),
      }),
      200,
      `user ${user.id}`,
    );
    ids.set(user.id, created.id);
    if (user.roles.length)
      await expectStatus(
        call('POST', `/users/${created.id}/roles`, { roleIds: user.roles.map((r) => ids.get(r)!) }),
        201,
        `roles of ${user.id}`,
      );
    for (const pat of user.personalAccessTokens ?? [])
      await expectStatus(
        call('POST', `/users/${created.id}/personal-access-tokens`, {
          name: pat.name,
          ...(pat.expiresAt ? { expiresAt: Date.parse(pat.expiresAt) } : {}),
        }),
        201,
        `PAT ${pat.name}`,
      );
  }

  for (const app of world.applications) {
    if (ids.has(app.id)) continue;
    if (app.tokenEndpointAuthMethod === 'private_key_jwt')
      throw new Error(`${app.id} uses private_key_jwt, which Logto's Management API cannot set up`);
    const created = await expectStatus(call('POST', '/applications', applicationBody(app)), 200, `app ${app.id}`);
    ids.set(app.id, created.id);
    if (app.roles?.length)
      await expectStatus(
        call('POST', `/applications/${created.id}/roles`, { roleIds: app.roles.map((r) => ids.get(r)!) }),
        201,
        `roles of ${app.id}`,
      );
  }

  const members = [
    ...world.users.map((u) => ({ kind: 'users', idsField: 'userIds', id: u.id, organizations: u.organizations })),
    ...world.applications.map((a) => ({
      kind: 'applications',
      idsField: 'applicationIds',
      id: a.id,
      organizations: a.organizations,
    })),
  ];
  for (const member of members) {
    for (const membership of member.organizations ?? []) {
      const organization = ids.get(membership.organization)!;
      const memberId = ids.get(member.id)!;
      await expectStatus(
        call('POST', `/organizations/${organization}/${member.kind}`, { [member.idsField]: [memberId] }),
        201,
        `${member.id} in ${membership.organization}`,
      );
      if (membership.roles.length)
        await expectStatus(
          call('POST', `/organizations/${organization}/${member.kind}/${memberId}/roles`, {
            organizationRoleIds: membership.roles.map((r) => organizationRoleIds.get(r)!),
          }),
          201,
          `organization roles of ${member.id}`,
        );
    }
  }
  return { ids, organizationRoleIds };
}

function applicationBody(app: WorldApplication) {
  const custom = {
    ...(app.allowTokenExchange === undefined ? {} : { allowTokenExchange: app.allowTokenExchange }),
    ...(app.rotateRefreshToken === undefined ? {} : { rotateRefreshToken: app.rotateRefreshToken }),
  };
  return {
    name: app.name,
    type: APP_TYPES[app.type],
    oidcClientMetadata: {
      redirectUris: app.redirectUris ?? [],
      postLogoutRedirectUris: app.postLogoutRedirectUris ?? [],
    },
    customClientMetadata: custom,
  };
}
