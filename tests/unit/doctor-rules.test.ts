import { describe, expect, it } from 'vitest';
import { runDoctor } from '../../shared/doctor/run-doctor.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import type { Tenant } from '../../shared/tenant/tenant.js';
import type { World } from '../../shared/sandbox/world.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';

const AT = '2026-12-07T10:00:00Z';
const API = 'https://api.doctor.test';
const QUIET = 'https://quiet.doctor.test';

/** A world made to trigger every rule once, beside objects that are one step short of triggering it. */
const sick: World = {
  resources: [
    {
      indicator: API,
      name: 'Doctor API',
      accessTokenTtl: 90_000,
      permissions: [{ name: 'read:x' }, { name: 'orphan:x' }],
    },
    { indicator: QUIET, name: 'Quiet API', accessTokenTtl: 14_400, permissions: [] },
    { indicator: 'https://short.doctor.test', name: 'Short API', accessTokenTtl: 60, permissions: [{ name: 'go' }] },
  ],
  roles: [
    {
      id: 'reader',
      name: 'Reader',
      type: 'user',
      permissions: { [API]: ['read:x'], 'https://short.doctor.test': ['go'] },
    },
    { id: 'ghost', name: 'Ghost role', type: 'user', permissions: { [API]: ['read:x'] } },
    { id: 'admin-api', name: 'Admin API', type: 'm2m', permissions: { 'https://default.logto.app/api': ['all'] } },
  ],
  users: [
    { id: 'u1', username: 'rita', roles: ['reader'], organizations: [{ organization: 'busy', roles: ['empty'] }] },
    { id: 'u2', username: 'nobody', roles: [] },
  ],
  applications: [
    { id: 'spa', name: 'Public SPA', type: 'spa', allowTokenExchange: true, redirectUris: ['http://localhost/cb'] },
    { id: 'web', name: 'Web app', type: 'traditional', secret: 's', allowTokenExchange: true },
    { id: 'ops', name: 'Ops script', type: 'm2m', secret: 's', roles: ['admin-api'] },
  ],
  organizationPermissions: [{ name: 'invite:member' }],
  organizationRoles: [{ id: 'empty', name: 'Empty role', permissions: [] }],
  organizations: [
    { id: 'busy', name: 'Busy Org' },
    { id: 'lonely', name: 'Lonely Org' },
  ],
};

const findings = (tenant: Tenant) => runDoctor(tenant).findings;

describe('the tenant doctor, one rule at a time, on a world made to trigger each', () => {
  const report = runDoctor(tenantFromWorld(sick, AT));
  const of = (rule: string) => report.findings.filter((f) => f.rule === rule);
  const names = (rule: string) => of(rule).flatMap((f) => f.objects.map((o) => o.name));

  it.each([
    ['no-default-api', ['default API', 'Public SPA', 'Web app'], ['warning']],
    ['permission-no-role-grants', ['orphan:x', 'invite:member'], ['warning', 'warning']],
    ['resource-without-permissions', ['Quiet API'], ['warning']],
    ['access-token-ttl', ['Doctor API', 'Short API'], ['error', 'warning']],
    ['m2m-management-api-all', ['Ops script', 'Admin API'], ['warning']],
    ['token-exchange-on', ['Public SPA', 'Web app'], ['error', 'warning']],
    ['role-without-members', ['Ghost role'], ['info']],
    ['user-without-api-role', ['nobody'], ['info']],
    ['organization-role-without-permissions', ['Empty role'], ['warning']],
    ['organization-without-members', ['Lonely Org'], ['info']],
  ])('%s names %j', (rule, objects, severities) => {
    expect(names(rule)).toEqual(objects);
    expect(of(rule).map((f) => f.severity)).toEqual(severities);
    for (const finding of of(rule)) {
      expect(finding.why.length, finding.title).toBeGreaterThan(20);
      expect(finding.fix.length, finding.title).toBeGreaterThan(20);
    }
  });

  it('every rule ran, errors come first, and the verdict is errors', () => {
    expect(report.notChecked).toEqual([]);
    expect(report.checked).toHaveLength(10);
    expect(report.findings[0]?.severity).toBe('error');
    expect(report.verdict).toBe('errors');
    expect(report.counts).toEqual({ error: 2, warning: 8, info: 3 });
  });

  it('near misses stay quiet: 4 h TTL, a role held by an app, an organization role with API scopes only', () => {
    const near: World = {
      defaultResource: API,
      resources: [{ indicator: API, name: 'API', accessTokenTtl: 14_400, permissions: [{ name: 'a' }] }],
      roles: [{ id: 'job', name: 'Job', type: 'm2m', permissions: { [API]: ['a'] } }],
      users: [{ id: 'u', username: 'olga', roles: [], organizations: [{ organization: 'o', roles: ['r'] }] }],
      applications: [{ id: 'm', name: 'M2M', type: 'm2m', secret: 's', roles: ['job'] }],
      organizationRoles: [{ id: 'r', name: 'R', resourcePermissions: { [API]: ['a'] } }],
      organizations: [{ id: 'o', name: 'O' }],
    };
    expect(findings(tenantFromWorld(near, AT))).toEqual([]);
  });
});

describe('fails closed on a partial read', () => {
  it('rules that need a collection the read left out are not checked, and the verdict is not verified', () => {
    const tenant: Tenant = {
      ...tenantFromWorld(defaultWorld(), AT),
      completeness: {
        complete: false,
        gaps: [{ collection: 'users', read: 100, total: 10_000, reason: '429', fix: 'read again' }],
      },
    };
    const report = runDoctor(tenant);
    expect(report.verdict).toBe('not-verified');
    expect(report.notChecked.map((n) => n.rule)).toEqual([
      'role-without-members',
      'user-without-api-role',
      'organization-without-members',
    ]);
    expect(report.summary).toMatch(
      /Not verified: the read was partial, so 3 check\(s\) did not run \(users incomplete\)/,
    );
  });
});

describe("the sandbox's default world", () => {
  it('finds the token exchange web app, the Management API script and noah, and nothing else', () => {
    const report = runDoctor(tenantFromWorld(defaultWorld(), AT));
    expect(report.findings.map((f) => [f.rule, f.severity, f.objects[0]?.name])).toEqual([
      ['m2m-management-api-all', 'warning', 'Admin script (M2M, Management API)'],
      ['token-exchange-on', 'warning', 'Traditional web app'],
      ['user-without-api-role', 'info', 'noah'],
    ]);
    expect(report.verdict).toBe('ok');
    expect(report.summary).toBe('10 checks on the sandbox world: 0 error(s), 2 warning(s), 1 note(s).');
  });
});

describe('the report as text', () => {
  it('a partial read lists what was not checked and what the read left out', async () => {
    const { formatDoctorResult } = await import('../../shared/doctor/format-report.js');
    const { doctorResultOf } = await import('../../shared/doctor/doctor-result.js');
    const tenant: Tenant = {
      ...tenantFromWorld(defaultWorld(), AT),
      completeness: {
        complete: false,
        gaps: [{ collection: 'users', read: 100, total: 10_000, reason: 'Rate-limited (429).', fix: 'Read again.' }],
      },
    };
    const text = formatDoctorResult(doctorResultOf(runDoctor(tenant)));
    expect(text).toMatch(/^7 checks on the sandbox world: 0 error\(s\), 2 warning\(s\), 0 note\(s\)\. Not verified/);
    expect(text).toMatch(/\n\? not checked {2}roles without users or apps: the read left out users\n/);
    expect(text).toMatch(/\n\? incomplete {3}users \(100 of 10000 read\): Rate-limited \(429\)\. Read again\.$/);
  });

  it('a tenant that could not be read: not verified, the message and the fix, nothing else', async () => {
    const { formatDoctorResult } = await import('../../shared/doctor/format-report.js');
    const text = formatDoctorResult({
      verdict: 'not-verified',
      problem: { kind: 'forbidden', message: 'The token lacks all.', fix: 'Assign the role.' },
    });
    expect(text).toBe('Not verified: The token lacks all.\n  Fix: Assign the role.');
  });
});
