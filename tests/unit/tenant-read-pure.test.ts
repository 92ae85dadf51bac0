import { describe, expect, it } from 'vitest';
import { assembleTenant, emptyRead } from '../../shared/tenant/assemble-tenant.js';
import { parseApplication, parseItems, parseMember, parseScope } from '../../shared/tenant/logto-answers.js';
import { managementApiTarget } from '../../shared/tenant/management-api-target.js';
import { explainManagementAnswer, explainTokenFailure } from '../../shared/tenant/read-problem.js';
import { limitConcurrency } from '../../electron/services/tenant/limit-concurrency.js';

describe('managementApiTarget: the Management API indicator from the endpoint (Logto docs)', () => {
  it.each([
    ['https://abc123.logto.app/oidc', 'https://abc123.logto.app/api', 'logto-cloud', 'https://abc123.logto.app/api'],
    ['https://abc123.logto.app/oidc/', 'https://abc123.logto.app/api', 'logto-cloud', 'https://abc123.logto.app/api'],
    ['http://localhost:3001/oidc', 'https://default.logto.app/api', 'self-hosted', 'http://localhost:3001/api'],
    ['https://auth.example.com/oidc', 'https://default.logto.app/api', 'self-hosted', 'https://auth.example.com/api'],
    ['https://default.logto.app/oidc', 'https://default.logto.app/api', 'self-hosted', 'https://default.logto.app/api'],
    ['not a url', 'https://default.logto.app/api', 'self-hosted', 'not a url/api'],
  ])('%s → %s (%s), routes at %s', (issuer, indicator, from, baseUrl) => {
    expect(managementApiTarget(issuer)).toMatchObject({ indicator, indicatorFrom: from, baseUrl });
  });

  it("the user's indicator wins (Logto Cloud behind a custom domain)", () => {
    expect(managementApiTarget('https://auth.example.com/oidc', 'https://xyz.logto.app/api')).toMatchObject({
      indicator: 'https://xyz.logto.app/api',
      indicatorFrom: 'override',
    });
  });
});

describe("Logto answers are read defensively: an item not in Logto's shape is counted, never guessed", () => {
  it.each([
    ['not a list', { code: 'x' }, 0, 1],
    ['a list of good and bad members', [{ id: 'a', organizationRoles: [{ id: 'r' }] }, { name: 'no id' }, 7], 1, 2],
    ['an empty list', [], 0, 0],
  ])('%s', (_, body, items, skipped) => {
    const parsed = parseItems(body, parseMember);
    expect([parsed.items.length, parsed.skipped]).toEqual([items, skipped]);
  });

  it.each([
    [
      { id: 'a', name: 'A', type: 'Native' },
      { type: 'Native', allowTokenExchange: false },
    ],
    [
      {
        id: 'a',
        name: 'A',
        type: 'Traditional',
        customClientMetadata: { allowTokenExchange: true, rotateRefreshToken: false },
      },
      { type: 'Traditional', allowTokenExchange: true, rotateRefreshToken: false },
    ],
    [
      { id: 'a', name: 'A', type: 'Robot' },
      { type: 'Other', typeName: 'Robot' },
    ],
  ])('application %j', (input, expected) => {
    expect(parseApplication(input)).toMatchObject(expected);
  });

  it.each([
    [
      { name: 'read', resource: { id: 'r1', indicator: 'https://api' } },
      { name: 'read', resourceIndicator: 'https://api' },
    ],
    [
      { name: 'read', resourceId: 'r1' },
      { name: 'read', resourceId: 'r1' },
    ],
    [{ name: 'read' }, undefined],
  ])('scope %j', (input, expected) => {
    expect(parseScope(input)).toEqual(expected === undefined ? undefined : expect.objectContaining(expected));
  });
});

describe('assembleTenant', () => {
  const source = {
    kind: 'tenant-url' as const,
    endpoint: 'https://t.logto.app',
    managementApi: 'https://t.logto.app/api',
  };

  it('gives roles to users and apps from each role’s members, memberships from each organization’s members', () => {
    const read = emptyRead();
    read.resources = [{ id: 'r1', indicator: 'https://api', name: 'API', isDefault: true, scopes: [{ name: 'read' }] }];
    read.roles = [
      { id: 'viewer', name: 'Viewer', type: 'User' },
      { id: 'robot', name: 'Robot', type: 'MachineToMachine' },
    ];
    read.roleScopes.set('viewer', [{ name: 'read', resourceId: 'r1' }]);
    read.roleUsers.set('viewer', ['alice']);
    read.roleApplications.set('robot', ['job']);
    read.users = [{ id: 'alice' }, { id: 'bob' }];
    read.applications = [
      { id: 'job', name: 'Job', type: 'MachineToMachine', allowTokenExchange: false, secret: 's3cret' },
    ];
    read.organizations = [{ id: 'acme', name: 'Acme' }];
    read.organizationUsers.set('acme', [{ id: 'alice', organizationRoleIds: ['member'] }]);
    const tenant = assembleTenant(read, { source, readAt: 'then', gaps: [] });
    expect(tenant.completeness).toEqual({ complete: true });
    expect(tenant.defaultResource).toBe('https://api');
    expect(tenant.users).toEqual([
      { id: 'alice', roleIds: ['viewer'], organizations: [{ organizationId: 'acme', roleIds: ['member'] }] },
      { id: 'bob', roleIds: [], organizations: [] },
    ]);
    expect(tenant.roles[0]!.scopes).toEqual([{ resource: 'https://api', name: 'read' }]);
    expect(tenant.applications[0]).toMatchObject({
      roleIds: ['robot'],
      authMethod: 'client_secret_basic',
      authMethodFrom: 'from-type',
    });
    expect(JSON.stringify(tenant)).not.toContain('s3cret');
  });

  it('a scope on an API resource that was not read is left out and said, so the tenant is not complete', () => {
    const read = emptyRead();
    read.roles = [{ id: 'viewer', name: 'Viewer', type: 'User' }];
    read.roleScopes.set('viewer', [{ name: 'read', resourceId: 'gone' }]);
    const tenant = assembleTenant(read, { source, readAt: 'then', gaps: [] });
    expect(tenant.roles[0]!.scopes).toEqual([]);
    expect(tenant.completeness).toMatchObject({ complete: false, gaps: [{ collection: 'role scopes', of: 'viewer' }] });
  });
});

describe('faults explained with the fix, from what the server answered', () => {
  const context = { request: 'GET /api/users', indicator: 'https://default.logto.app/api', clientId: 'job' };
  it.each([
    [403, { code: 'auth.forbidden', message: 'Forbidden.' }, 'forbidden', /Management API access/],
    [401, { code: 'auth.unauthorized', data: { claim: 'aud' } }, 'token-refused', /indicator/],
    [401, { code: 'auth.unauthorized' }, 'token-refused', /endpoint is the tenant/],
    [429, undefined, 'rate-limited', /refresh/i],
    [500, 'oops', 'unexpected', /server error/],
    [404, { code: 'guard.invalid_path' }, 'unexpected', /Logto tenant/],
  ])('%i %j → %s', (status, body, kind, fix) => {
    const problem = explainManagementAnswer({ status, body, ...context });
    expect(problem.kind).toBe(kind);
    expect(problem.fix).toMatch(fix);
  });

  it.each([
    [{ status: 401, error: 'invalid_client' }, 'credentials', /secret of job is wrong/],
    [{ status: 400, error: 'invalid_client' }, 'credentials', /No app job exists/],
    [{ status: 400, error: 'invalid_target' }, 'credentials', /indicator/],
    [{ network: 'fetch failed: ECONNREFUSED' }, 'unreachable', /endpoint/],
    [{ network: 'The operation was aborted due to timeout' }, 'timeout', /tenant is up/],
  ])('token %j → %s', (failure, kind, fix) => {
    const problem = explainTokenFailure(failure, { clientId: 'job', indicator: 'https://default.logto.app/api' });
    expect(problem.kind).toBe(kind);
    expect(`${problem.message} ${problem.fix}`).toMatch(fix);
  });
});

describe('limitConcurrency', () => {
  it.each([1, 3, 6])('never runs more than %i tasks at once, and runs them all', async (limit) => {
    const slot = limitConcurrency(limit);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        slot(async () => {
          most = Math.max(most, ++running);
          await new Promise((r) => setTimeout(r, i % 3));
          running--;
          return i;
        }),
      ),
    );
    expect(most).toBe(limit);
    expect(results).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});
