import { HttpCapture } from '../flows/http-capture.js';
import { assembleTenant, emptyRead } from '../../../shared/tenant/assemble-tenant.js';
import {
  parseApplication,
  parseMember,
  parseOrganization,
  parseOrganizationRole,
  parsePermission,
  parseResource,
  parseRole,
  parseScope,
  parseUser,
} from '../../../shared/tenant/logto-answers.js';
import { managementApiTarget, type ManagementApiTarget } from '../../../shared/tenant/management-api-target.js';
import { TENANT_READ_LIMITS, type TenantReadLimits } from '../../../shared/tenant/read-limits.js';
import type { TenantReadProblem } from '../../../shared/tenant/read-problem.js';
import type { Tenant, TenantGap } from '../../../shared/tenant/tenant.js';
import { ManagementApiClient, ManagementApiFault } from './management-api-client.js';
import { managementToken, type ManagementCredentials } from './management-token.js';
import { readList, type ListOf, type ListRead } from './read-list.js';

export interface TenantReadInput {
  /** The tenant's issuer (`<endpoint>/oidc`). */
  issuer: string;
  credentials: ManagementCredentials;
  /** The user's Management API indicator, when the derived one is wrong (a custom domain). */
  indicator?: string;
  readId: string;
  onProgress?: (progress: { done: number; planned: number; step: string }) => void;
  limits?: TenantReadLimits;
}

export interface TenantReadOutcome {
  target: ManagementApiTarget;
  /** Absent when nothing could be read (no token, the token refused). */
  tenant?: Tenant;
  /** Why there is no tenant, or the fault that stopped the read early (rate limit, the read's bound). */
  problem?: TenantReadProblem;
  /** Every request of the read, raw (mask with `capture.masked()` before it leaves the main side). */
  capture: HttpCapture;
  durationMs: number;
}

/**
 * Reads a Logto tenant through its Management API, GET only: a token for its own M2M app, then every collection the
 * model needs, page by page, a bounded number of requests at a time. Role members come per role and organization
 * members per organization, so a 10,000-user tenant costs 100 pages of users, not 10,000 requests. Whatever fails
 * after the token is kept as a gap of the model, never dropped silently.
 */
export async function readTenant(input: TenantReadInput): Promise<TenantReadOutcome> {
  const limits = input.limits ?? TENANT_READ_LIMITS;
  const started = performance.now();
  const target = managementApiTarget(input.issuer, input.indicator);
  const capture = new HttpCapture(input.readId);
  const outcome = (rest: Partial<TenantReadOutcome>): TenantReadOutcome => ({
    target,
    capture,
    durationMs: Math.round(performance.now() - started),
    ...rest,
  });
  let planned = 2;
  let done = 0;
  let step = 'management token';
  const progress = () => input.onProgress?.({ done, planned, step });
  progress();
  const token = await managementToken(input.issuer, input.credentials, target, capture, limits.requestTimeoutSeconds);
  done = 2;
  if (!token.ok) return outcome({ problem: token.problem });

  const overall = AbortSignal.timeout(limits.readTimeoutSeconds * 1000);
  const client = new ManagementApiClient({
    baseUrl: target.baseUrl,
    accessToken: token.accessToken,
    indicator: target.indicator,
    clientId: input.credentials.clientId,
    capture,
    signal: overall,
    limits,
    onRequestPlanned: () => void planned++,
    onRequestDone: () => (done++, progress()),
  });
  const read = emptyRead();
  const gaps: TenantGap[] = [];
  const list = async <T>(path: string, parse: (v: unknown) => T | undefined, what: ListOf): Promise<T[]> => {
    capture.step = step;
    const result: ListRead<T> = await readList(client, path, parse, what, limits);
    if (result.gap) gaps.push(result.gap);
    return result.items;
  };
  try {
    step = 'collections';
    [
      read.resources,
      read.roles,
      read.users,
      read.applications,
      read.organizations,
      read.organizationRoles,
      read.organizationScopes,
    ] = await Promise.all([
      list('/resources?includeScopes=true', parseResource, { collection: 'resources' }),
      list('/roles', parseRole, { collection: 'roles' }),
      list('/users', parseUser, { collection: 'users' }),
      list('/applications', parseApplication, { collection: 'applications' }),
      list('/organizations', parseOrganization, { collection: 'organizations' }),
      list('/organization-roles', parseOrganizationRole, { collection: 'organization roles' }),
      list('/organization-scopes', parsePermission, { collection: 'organization permissions' }),
    ]);
    for (const app of read.applications) capture.addSecret(app.secret);
    step = 'members and scopes';
    const id = encodeURIComponent;
    await Promise.all([
      ...read.resources
        .filter((r) => !r.scopes)
        .map(async (r) =>
          read.resourceScopes.set(
            r.id,
            await list(`/resources/${id(r.id)}/scopes`, parsePermission, { collection: 'resources', of: r.indicator }),
          ),
        ),
      ...read.roles.flatMap((r) => [
        list(`/roles/${id(r.id)}/scopes`, parseScope, { collection: 'role scopes', of: r.id }).then((s) =>
          read.roleScopes.set(r.id, s),
        ),
        r.type === 'User'
          ? list(`/roles/${id(r.id)}/users`, parseUser, { collection: 'role members', of: r.id }).then((u) =>
              read.roleUsers.set(
                r.id,
                u.map((x) => x.id),
              ),
            )
          : list(`/roles/${id(r.id)}/applications`, parseApplication, { collection: 'role members', of: r.id }).then(
              (a) =>
                read.roleApplications.set(
                  r.id,
                  a.map((x) => x.id),
                ),
            ),
      ]),
      ...read.organizations.flatMap((o) => [
        list(`/organizations/${id(o.id)}/users`, parseMember, { collection: 'organization members', of: o.id }).then(
          (m) => read.organizationUsers.set(o.id, m),
        ),
        list(`/organizations/${id(o.id)}/applications`, parseMember, {
          collection: 'organization members',
          of: o.id,
        }).then((m) => read.organizationApplications.set(o.id, m)),
      ]),
    ]);
  } catch (error) {
    if (error instanceof ManagementApiFault && error.fatal) return outcome({ problem: error.problem });
    throw error;
  } finally {
    await capture.settle();
  }
  step = 'done';
  progress();
  return outcome({
    tenant: assembleTenant(read, {
      source: { kind: 'tenant-url', endpoint: target.endpoint, managementApi: target.indicator },
      readAt: new Date().toISOString(),
      gaps,
    }),
    // A fault that stopped the read is its headline; other gaps speak for themselves in the tenant's completeness.
    ...(client.stoppedBy ? { problem: client.stoppedBy } : {}),
  });
}
