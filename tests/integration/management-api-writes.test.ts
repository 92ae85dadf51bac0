import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as oidc from 'openid-client';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import { createSandboxControl } from '../../electron/services/sandbox-control/sandbox-control.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { TokenscopeEvent } from '../../shared/contract/events.js';
import { adminApiForFile, managementClient, managementToken } from '../support/management-api-calls.js';

const { sandbox, api } = adminApiForFile();

const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

async function clientCredentials(clientId: string, secret: string, resource: string, scope: string) {
  const config = await oidc.discovery(new URL(sandbox().issuer), clientId, secret, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
  return oidc.clientCredentialsGrant(config, { resource, scope });
}

describe('Management API writes: what a provisioning script does', () => {
  it('creates an API, its scopes, an M2M role with them and an M2M app holding it; its token has them', async () => {
    const resource = await api('POST', '/resources', { name: 'Billing API', indicator: 'https://billing.example.com' });
    expect(resource).toMatchObject({ status: 201, body: { name: 'Billing API', scopes: [], isDefault: false } });
    const resourceId = (resource.body as { id: string }).id;
    const read = await api('POST', `/resources/${resourceId}/scopes`, { name: 'read:invoices', description: 'Read' });
    expect(read.status).toBe(201);
    const role = await api('POST', '/roles', {
      name: 'Billing job',
      description: 'Reads invoices',
      type: 'MachineToMachine',
      scopeIds: [(read.body as { id: string }).id],
    });
    expect(role).toMatchObject({ status: 200, body: { type: 'MachineToMachine', isDefault: false } });
    const app = await api('POST', '/applications', { name: 'Billing job', type: 'MachineToMachine' });
    expect(app).toMatchObject({ status: 200, body: { type: 'MachineToMachine' } });
    // Logto's apps made through the API start with token exchange off: customClientMetadata {}.
    expect((app.body as { customClientMetadata: unknown }).customClientMetadata).toEqual({});
    const appId = (app.body as { id: string }).id;
    expect(
      await api('POST', `/applications/${appId}/roles`, { roleIds: [(role.body as { id: string }).id] }),
    ).toMatchObject({ status: 201 });
    const [secret] = (await api('GET', `/applications/${appId}/secrets`)).body as { value: string }[];
    const tokens = await clientCredentials(appId, secret!.value, 'https://billing.example.com', 'read:invoices');
    expect(claims(tokens.access_token)).toMatchObject({ aud: 'https://billing.example.com', scope: 'read:invoices' });
  });

  it('creates a user, gives them a role, and reads it back; deletes them', async () => {
    const user = await api('POST', '/users', { username: 'grace', primaryEmail: 'grace@example.com', name: 'Grace' });
    expect(user).toMatchObject({ status: 200, body: { username: 'grace', primaryEmail: 'grace@example.com' } });
    const id = (user.body as { id: string }).id;
    expect(id).toMatch(/^[a-z0-9]{12}$/);
    expect(await api('POST', `/users/${id}/roles`, { roleIds: ['viewer'] })).toMatchObject({ status: 201 });
    expect(((await api('GET', `/users/${id}/roles`)).body as { id: string }[]).map((r) => r.id)).toEqual(['viewer']);
    expect(await api('DELETE', `/users/${id}`)).toMatchObject({ status: 204, body: undefined });
    expect((await api('GET', `/users/${id}`)).status).toBe(404);
  });

  it('switches token exchange on with customClientMetadata, merged into what the app had', async () => {
    const app = await api('POST', '/applications', {
      name: 'CLI',
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: ['http://127.0.0.1:4000/cb'], postLogoutRedirectUris: [] },
    });
    const id = (app.body as { id: string }).id;
    const patched = await api('PATCH', `/applications/${id}`, { customClientMetadata: { allowTokenExchange: true } });
    expect(patched.body).toMatchObject({
      oidcClientMetadata: { redirectUris: ['http://127.0.0.1:4000/cb'] },
      customClientMetadata: { allowTokenExchange: true },
    });
    expect(sandbox().world.applications.find((a) => a.id === id)?.allowTokenExchange).toBe(true);
  });

  it('builds an organization: roles with scopes, members and their roles', async () => {
    const scope = await api('POST', '/organization-scopes', { name: 'read:reports' });
    expect(scope).toMatchObject({ status: 201, body: { id: 'read:reports', name: 'read:reports' } });
    const role = await api('POST', '/organization-roles', {
      name: 'analyst',
      organizationScopeIds: ['read:reports'],
      resourceScopeIds: ['products-tokenscope-test:read:products'],
    });
    expect(role).toMatchObject({ status: 201, body: { name: 'analyst', type: 'User' } });
    const roleId = (role.body as { id: string }).id;
    const organization = await api('POST', '/organizations', { name: 'Globex' });
    expect(organization.status).toBe(201);
    const orgId = (organization.body as { id: string }).id;
    expect(await api('POST', `/organizations/${orgId}/users`, { userIds: ['noah'] })).toMatchObject({ status: 201 });
    expect(
      await api('POST', `/organizations/${orgId}/users/noah/roles`, { organizationRoleIds: [roleId] }),
    ).toMatchObject({ status: 201 });
    expect(
      ((await api('GET', `/organizations/${orgId}/users/noah/scopes`)).body as { name: string }[]).map((s) => s.name),
    ).toEqual(['read:reports']);
    expect((await api('GET', `/organization-roles/${roleId}/resource-scopes`)).body).toEqual([
      expect.objectContaining({ name: 'read:products' }),
    ]);
    const m2mRole = await api('POST', '/organization-roles', { name: 'sync', type: 'MachineToMachine' });
    expect(m2mRole.body).toMatchObject({ type: 'MachineToMachine' });
    // Logto's types: a user cannot hold a MachineToMachine organization role.
    const refused = await api('POST', `/organizations/${orgId}/users/noah/roles`, {
      organizationRoleIds: [(m2mRole.body as { id: string }).id],
    });
    expect(refused.status).toBe(400);
  });

  it('serializes writes sent at once, so none is lost', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `parallel-${i}`);
    const answers = await Promise.all(names.map((name) => api('POST', '/organizations', { name })));
    expect(answers.map((a) => a.status)).toEqual(names.map(() => 201));
    const listed = ((await api('GET', '/organizations?page_size=100')).body as { name: string }[]).map((o) => o.name);
    expect(listed).toEqual(expect.arrayContaining(names));
  });
});

describe('Management API writes: the Sandbox view hears of them', () => {
  it('publishes world-applied and shows the running world, without saving it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tokenscope-mgmt-'));
    const own = await startSandbox();
    try {
      const events: TokenscopeEvent[] = [];
      const control = createSandboxControl({
        dataDir,
        sandbox: own,
        initialText: DEFAULT_WORLD_YAML,
        events: { publish: (event) => events.push(event) },
      });
      const write = managementClient(own, await managementToken(own, 'tokenscope-admin-script'));
      expect((await write('POST', '/organizations', { name: 'Seen in the view' })).status).toBe(201);
      expect(events).toEqual([{ type: 'world-applied' }]);
      const state = control.state();
      expect(state.world?.organizations?.map((o) => o.name)).toContain('Seen in the view');
      expect(state.worldText).toContain('Seen in the view');
      expect(state.usingDefaultWorld).toBe(true);
    } finally {
      await own.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
