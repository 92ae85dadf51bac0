import type { TenantApi } from '../../../shared/contract/methods/tenant-methods.js';
import type { ManagementAccessSummary, TenantReadResult } from '../../../shared/contract/tenant-read.js';
import { describeIndicator, managementApiTarget } from '../../../shared/tenant/management-api-target.js';
import type { EventHub } from '../events/event-hub.js';
import type { HttpCapture } from '../flows/http-capture.js';
import type { SecretVault } from '../vault/secret-vault.js';
import { ManagementAccessStore, type ManagementAccess } from './management-access-store.js';
import { ManagementTokenCache } from './management-token-cache.js';
import { readTenant, type TenantReadOutcome } from './tenant-reader.js';

export interface TenantServiceContext {
  dataDir: string;
  vault: SecretVault;
  events?: EventHub;
  /** The issuer of a connection in the workspace (the default one when absent); throws with the fix otherwise. */
  connectionIssuer(connectionId: string, workspaceId?: string): Promise<string>;
}

/** How often progress is pushed at most: often enough to move a bar, rarely enough not to flood a stream. */
const PROGRESS_EVERY_MS = 100;

interface CachedRead {
  result: TenantReadResult;
  capture?: HttpCapture;
}

function resultOf(connectionId: string, readId: string, outcome: TenantReadOutcome): TenantReadResult {
  const { tenant, problem } = outcome;
  const status = !tenant ? 'failed' : tenant.completeness.complete ? 'complete' : 'partial';
  return {
    connectionId,
    readId,
    status,
    ...(tenant ? { tenant } : {}),
    ...(problem ? { problem } : {}),
    requests: outcome.capture.entries.length,
    durationMs: outcome.durationMs,
    cached: false,
    ...(outcome.tokenReused ? { tokenReused: outcome.tokenReused } : {}),
  };
}

/**
 * Management API access per connection and the reads of its tenant: one read at a time per connection (a second
 * call joins the running one), the last read cached until the user refreshes or changes the access. A refresh
 * reuses the app's still-valid Management API token, as any API client does (one token request an hour instead of
 * one a read); changing or removing the access drops it, and so does the tenant refusing it.
 */
export function createTenantApi(
  context: TenantServiceContext,
): TenantApi & { forget(connectionId: string): Promise<void> } {
  const store = new ManagementAccessStore(context.dataDir, context.vault);
  const cache = new Map<string, CachedRead>();
  const tokens = new ManagementTokenCache();
  const running = new Map<string, Promise<TenantReadResult>>();
  let reads = 0;

  const summary = async (issuer: string, access: ManagementAccess): Promise<ManagementAccessSummary> => {
    const target = managementApiTarget(issuer, access.managementApi);
    return {
      connectionId: access.connectionId,
      clientId: access.clientId,
      hasSecret: (await store.secret(access.connectionId)) !== undefined,
      endpoint: target.endpoint,
      managementApi: target.indicator,
      managementApiFrom: target.indicatorFrom,
      why: describeIndicator(target),
    };
  };

  const read = async (connectionId: string, issuer: string): Promise<TenantReadResult> => {
    const readId = `tenant-read-${++reads}-${Date.now().toString(36)}`;
    const access = await store.get(connectionId);
    const secret = access ? await store.secret(connectionId) : undefined;
    if (!access || !secret) {
      const result: TenantReadResult = {
        connectionId,
        readId,
        status: 'failed',
        problem: {
          kind: access ? 'vault' : 'no-access',
          message: access
            ? `The secret of ${access.clientId} is not in the vault (without TOKENSCOPE_VAULT_PASSPHRASE it is kept only until Tokenscope quits).`
            : 'This connection has no Management API access yet.',
          fix: 'Give the connection a machine-to-machine app of the tenant (its App ID and secret) that holds the Management API access role.',
        },
        requests: 0,
        durationMs: 0,
        cached: false,
      };
      cache.set(connectionId, { result });
      return result;
    }
    let last = 0;
    const outcome = await readTenant({
      issuer,
      credentials: { clientId: access.clientId, clientSecret: secret },
      ...(access.managementApi ? { indicator: access.managementApi } : {}),
      readId,
      tokens,
      onProgress: ({ done, planned, step }) => {
        const now = performance.now();
        if (step !== 'done' && done > 0 && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        context.events?.publish({ type: 'tenant-read-progress', connectionId, readId, done, planned, step });
      },
    });
    const result = resultOf(connectionId, readId, outcome);
    cache.set(connectionId, { result, capture: outcome.capture });
    return result;
  };

  return {
    async setManagementAccess(request) {
      const issuer = await context.connectionIssuer(request.connectionId, request.workspaceId);
      const previous = await store.get(request.connectionId);
      const sameApp = previous?.clientId === request.clientId;
      if (!request.clientSecret && !(sameApp && (await store.secret(request.connectionId)))) {
        throw new Error(
          `Enter the secret of ${request.clientId}: copy it from Logto Console → Applications → ${request.clientId}.`,
        );
      }
      const override = request.managementApi?.trim() ?? (sameApp ? previous?.managementApi : undefined);
      if (override) {
        try {
          new URL(override);
        } catch {
          throw new Error(
            `"${override}" is not an absolute URL: a Management API indicator looks like https://<tenant-id>.logto.app/api.`,
          );
        }
      }
      const access: ManagementAccess = {
        connectionId: request.connectionId,
        clientId: request.clientId,
        ...(override ? { managementApi: override } : {}),
      };
      await store.set(access, request.clientSecret);
      cache.delete(request.connectionId);
      if (previous) tokens.dropApp(previous.clientId, issuer);
      return summary(issuer, access);
    },

    async getManagementAccess({ connectionId, workspaceId }) {
      const issuer = await context.connectionIssuer(connectionId, workspaceId);
      const access = await store.get(connectionId);
      return access ? summary(issuer, access) : null;
    },

    async readTenant({ connectionId, workspaceId, refresh }) {
      const issuer = await context.connectionIssuer(connectionId, workspaceId);
      const cached = cache.get(connectionId);
      if (cached && !refresh) return { ...cached.result, cached: true };
      let pending = running.get(connectionId);
      if (!pending) {
        pending = read(connectionId, issuer).finally(() => running.delete(connectionId));
        running.set(connectionId, pending);
      }
      return pending;
    },

    async getTenant({ connectionId, workspaceId }) {
      await context.connectionIssuer(connectionId, workspaceId);
      const cached = cache.get(connectionId);
      return cached ? { ...cached.result, cached: true } : null;
    },

    async getTenantReadTimeline({ connectionId, workspaceId }) {
      await context.connectionIssuer(connectionId, workspaceId);
      return cache.get(connectionId)?.capture?.masked() ?? [];
    },

    async forget(connectionId) {
      cache.delete(connectionId);
      const access = await store.get(connectionId);
      // The connection is gone already, and its issuer with it.
      if (access) tokens.dropApp(access.clientId);
      await store.remove(connectionId);
    },
  };
}
