import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';
import { ADMIN_ROLE, memberRoles } from '../support/management-api-calls.js';

let sandbox: SandboxHandle;
let adminToken: string;

async function client(clientId: string) {
  const app = sandbox.clients.find((c) => c.clientId === clientId)!;
  return oidc.discovery(new URL(sandbox.issuer), app.clientId, app.clientSecret, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
}

async function api(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${sandbox.origin}/api${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

beforeAll(async () => {
  sandbox = await startSandbox();
  const admin = await client('tokenscope-admin-script');
  adminToken = (await oidc.clientCredentialsGrant(admin, { resource: MANAGEMENT_API.indicator, scope: 'all' }))
    .access_token;
});

afterAll(async () => {
  await sandbox?.close();
});

describe('sandbox: Management API', () => {
  it("lists users, a user's roles, roles and their scopes", async () => {
    const users = (await api('GET', '/users', adminToken)).body as { id: string; primaryEmail: string }[];
    expect(users.map((u) => u.id)).toEqual(['vera', 'eddie', 'ada', 'noah']);
    expect((await api('GET', '/users/ada/roles', adminToken)).body).toEqual([ADMIN_ROLE]);
    const scopes = (await api('GET', '/roles/viewer/scopes', adminToken)).body as { name: string }[];
    expect(scopes.map((s) => s.name)).toEqual(['read:products', 'read:orders']);
  });

  it('lists API resources with their scopes, and organizations with their members', async () => {
    const resources = (await api('GET', '/resources', adminToken)).body as {
      id: string;
      indicator: string;
      isDefault: boolean;
    }[];
    expect(resources.find((r) => r.isDefault)?.indicator).toBe('https://products.tokenscope.test');
    expect(resources.map((r) => r.indicator)).toContain(MANAGEMENT_API.indicator);
    const products = resources.find((r) => r.isDefault)!;
    expect(
      ((await api('GET', `/resources/${products.id}/scopes`, adminToken)).body as { name: string }[]).map(
        (s) => s.name,
      ),
    ).toEqual(['read:products', 'write:products', 'delete:products']);
    expect(memberRoles(await api('GET', '/organizations/acme/users', adminToken))).toEqual([
      ['vera', ['member']],
      ['eddie', ['member']],
      ['ada', ['admin']],
    ]);
  });

  it('creates an organization that the running world then has', async () => {
    const created = await api('POST', '/organizations', adminToken, {
      name: 'Initech',
      description: 'Made through the API',
    });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    expect(sandbox.world.organizations!.map((o) => o.id)).toContain(id);
    expect(((await api('GET', '/organizations', adminToken)).body as { name: string }[]).map((o) => o.name)).toContain(
      'Initech',
    );
  });

  it('lists applications without their secrets', async () => {
    const apps = (await api('GET', '/applications', adminToken)).body as { id: string; type: string }[];
    expect(apps.find((a) => a.id === 'tokenscope-m2m')?.type).toBe('MachineToMachine');
    expect(JSON.stringify(apps)).not.toContain('secret-not-for-production');
  });

  it('creates a personal access token that token exchange then accepts', async () => {
    const created = await api('POST', '/users/vera/personal-access-tokens', adminToken, { name: 'vera cli' });
    expect(created.status).toBe(201);
    const { value } = created.body as { value: string };
    expect(value).toMatch(/^pat_[A-Za-z0-9]{32}$/);
    const web = await client('tokenscope-web');
    const tokens = await oidc.genericGrantRequest(web, 'urn:ietf:params:oauth:grant-type:token-exchange', {
      subject_token: value,
      subject_token_type: 'urn:logto:token-type:personal_access_token',
      resource: 'https://products.tokenscope.test',
      scope: 'read:products',
    });
    expect(JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString())).toMatchObject({
      sub: 'vera',
      scope: 'read:products',
    });
    expect((await api('POST', '/users/vera/personal-access-tokens', adminToken, { name: 'vera cli' })).status).toBe(
      422,
    );
  });

  it('issues an impersonation subject token that token exchange accepts once', async () => {
    const created = await api('POST', '/subject-tokens', adminToken, { userId: 'eddie', context: { ticket: 'T-1' } });
    expect(created.status).toBe(201);
    const { subjectToken, expiresIn } = created.body as { subjectToken: string; expiresIn: number };
    expect(subjectToken).toMatch(/^sub_/);
    expect(expiresIn).toBe(600);
    const web = await client('tokenscope-web');
    const exchange = () =>
      oidc.genericGrantRequest(web, 'urn:ietf:params:oauth:grant-type:token-exchange', {
        subject_token: subjectToken,
        subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        resource: 'https://products.tokenscope.test',
        scope: 'read:products write:products',
      });
    const tokens = await exchange();
    expect(JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString())).toMatchObject({
      sub: 'eddie',
      scope: 'read:products write:products',
    });
    await expect(exchange()).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it("answers with Logto's error codes", async () => {
    expect(await api('GET', '/users')).toEqual({
      status: 401,
      body: { code: 'auth.authorization_header_missing', message: 'Authorization header is missing.' },
    });
    expect((await api('GET', '/users', 'not-a-jwt')).body).toMatchObject({ code: 'auth.unauthorized' });
    // An M2M token for the Management API without `all` (the inventory app holds no role on it).
    const inventory = await client('tokenscope-m2m');
    const weak = (await oidc.clientCredentialsGrant(inventory, { resource: MANAGEMENT_API.indicator })).access_token;
    const forbidden = await api('GET', '/users', weak);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ code: 'auth.forbidden' });
    const productsToken = (
      await oidc.clientCredentialsGrant(inventory, { resource: 'https://products.tokenscope.test' })
    ).access_token;
    expect((await api('GET', '/users', productsToken)).status).toBe(401);
  });
});
