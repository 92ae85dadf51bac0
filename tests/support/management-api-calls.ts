import * as oidc from 'openid-client';
import { afterAll, beforeAll } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';

export interface ManagementAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A Management API token (`all`) from an M2M app of the sandbox's world that holds it, by client credentials. */
export async function managementToken(sandbox: SandboxHandle, clientId: string): Promise<string> {
  const app = sandbox.clients.find((c) => c.clientId === clientId);
  if (!app) throw new Error(`${clientId} is not an app of this sandbox's world`);
  const config = await oidc.discovery(new URL(sandbox.issuer), app.clientId, app.clientSecret, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
  const tokens = await oidc.clientCredentialsGrant(config, { resource: MANAGEMENT_API.indicator, scope: 'all' });
  return tokens.access_token;
}

/** Calls the sandbox's Management API as a provisioning script would: `path` after /api, JSON in and out. */
export function managementClient(sandbox: SandboxHandle, token?: string) {
  return async (method: string, path: string, body?: unknown): Promise<ManagementAnswer> => {
    const res = await fetch(`${sandbox.origin}/api${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: res.headers };
  };
}

export type ManagementClient = ReturnType<typeof managementClient>;

/** The default world's Admin role as Logto's Management API lists it (as in GET /users/ada/roles). */
export const ADMIN_ROLE = {
  tenantId: 'default',
  id: 'admin',
  name: 'Admin',
  description: 'Everything on both APIs',
  type: 'User',
  isDefault: false,
};

/** Each member of an organization as [user id, names of their organization roles]: GET /organizations/{id}/users. */
export function memberRoles(answer: { body: unknown }): [string, string[]][] {
  const members = answer.body as { id: string; organizationRoles: { name: string }[] }[];
  return members.map((m) => [m.id, m.organizationRoles.map((r) => r.name)]);
}

/**
 * A sandbox for the whole test file, and its Management API called as the admin script (scope `all`): started
 * before the file's first test, closed after its last. Call at the top of the file; use both inside tests.
 */
export function adminApiForFile(): { sandbox: () => SandboxHandle; api: ManagementClient } {
  let sandbox: SandboxHandle | undefined;
  let api: ManagementClient | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox();
    api = managementClient(sandbox, await managementToken(sandbox, 'tokenscope-admin-script'));
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  const started = () => {
    if (!sandbox || !api) throw new Error('The sandbox starts in beforeAll: call the API inside a test or a hook.');
    return { sandbox, api };
  };
  return { sandbox: () => started().sandbox, api: (...args) => started().api(...args) };
}
