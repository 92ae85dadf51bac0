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
import type { ManagementTokenCache } from './management-token-cache.js';
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
  /** Tokens kept between reads (the tenant service keeps one per app); without it, each read asks for its own. */
  tokens?: ManagementTokenCache;
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
  /** Set when the read used a token kept from an earlier read: no discovery and no token request in its timeline. */
  tokenReused?: { obtainedAt: string; expiresAt: string };
}

interface Collected {
  read: ReturnType<typeof emptyRead>;
  gaps: TenantGap[];
  stoppedBy?: TenantReadProblem;
}

/**
 * Reads a Logto tenant through its Management API, GET only: a token for its own M2M app (kept from an earlier read
 * while it is valid), then every collection the model needs, page by page, a bounded number of requests at a time.
 * Role members come per role and organization members per organization, so a 10,000-user tenant costs 100 pages of
 * users, not 10,000 requests. Whatever fails after the token is kept as a gap of the model, never dropped silently.
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
  const { tokens } = input;
  const kept = tokens?.get(input.issuer, input.credentials, target.indicator);
  const state = { planned: kept ? 0 : 2, done: 0, step: kept ? 'collections' : 'management token' };
  const progress = () => input.onProgress?.({ ...state });
  progress();
  const newToken = async () => {
    state.step = 'management token';
    const token = await managementToken(input.issuer, input.credentials, target, capture, limits.requestTimeoutSeconds);
    state.done += 2;
    if (token.ok) tokens?.set(input.issuer, input.credentials, target.indicator, token);
    return token;
  };
  let accessToken: string;
  if (kept) {
    capture.addSecret(input.credentials.clientSecret);
    capture.addSecret(kept.accessToken);
    accessToken = kept.accessToken;
  } else {
    const token = await newToken();
    if (!token.ok) return outcome({ problem: token.problem });
    accessToken = token.accessToken;
  }

  const overall = AbortSignal.timeout(limits.readTimeoutSeconds * 1000);
  const collect = (token: string) => readCollections(input, target, capture, overall, token, limits, state, progress);
  let collected = await collect(accessToken);
  let reused = kept !== undefined;
  if ('fatal' in collected) {
    // Refused (401) or not allowed (403): never offered again. A kept token may be the only thing wrong (revoked,
    // or issued before the app got its role): a new one is asked for, once.
    tokens?.drop(input.issuer, input.credentials.clientId, target.indicator);
    if (!reused) return outcome({ problem: collected.fatal });
    reused = false;
    state.planned += 2;
    const token = await newToken();
    if (!token.ok) return outcome({ problem: token.problem });
    collected = await collect(token.accessToken);
    if ('fatal' in collected) {
      tokens?.drop(input.issuer, input.credentials.clientId, target.indicator);
      return outcome({ problem: collected.fatal });
    }
  }
  state.step = 'done';
  progress();
  return outcome({
    tenant: assembleTenant(collected.read, {
      source: { kind: 'tenant-url', endpoint: target.endpoint, managementApi: target.indicator },
      readAt: new Date().toISOString(),
      gaps: collected.gaps,
    }),
    // A fault that stopped the read is its headline; other gaps speak for themselves in the tenant's completeness.
    ...(collected.stoppedBy ? { problem: collected.stoppedBy } : {}),
    ...(reused && kept
      ? {
          tokenReused: {
            obtainedAt: new Date(kept.obtainedAt).toISOString(),
            expiresAt: new Date(kept.expiresAt).toISOString(),
          },
        }
      : {}),
  });
}

/** Every collection the model needs, with one token; a fault that stops the whole read comes back as `fatal`. */
async function readCollections(
  input: TenantReadInput,
  target: ManagementApiTarget,
  capture: HttpCapture,
  overall: AbortSignal,
  accessToken: string,
  limits: TenantReadLimits,
  state: { planned: number; done: number; step: string },
  progress: () => void,
): Promise<Collected | { fatal: TenantReadProblem }> {
  const client = new ManagementApiClient({
    baseUrl: target.baseUrl,
    accessToken,
    indicator: target.indicator,
    clientId: input.credentials.clientId,
    capture,
    signal: overall,
    limits,
    onRequestPlanned: () => void state.planned++,
    onRequestDone: () => (state.done++, progress()),
  });
  const read = emptyRead();
  const gaps: TenantGap[] = [];
  const list = async <T>(path: string, parse: (v: unknown) => T | undefined, what: ListOf): Promise<T[]> => {
    capture.step = state.step;
    const result: ListRead<T> = await readList(client, path, parse, what, limits);
    if (result.gap) gaps.push(result.gap);
    return result.items;
  };
  try {
    state.step = 'collections';
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
    state.step = 'members and scopes';
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
    if (error instanceof ManagementApiFault && error.fatal) return { fatal: error.problem };
    throw error;
  } finally {
    await capture.settle();
  }
  return { read, gaps, ...(client.stoppedBy ? { stoppedBy: client.stoppedBy } : {}) };
}
