import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appWithSandboxForFile } from '../support/app-with-sandbox.js';
import type { RunRecord } from '../../shared/contract/run-record.js';
import { startAndSignIn } from '../support/contract-sign-in.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';
const M2M_SECRET = 'sandbox-m2m-secret-not-for-production';

const app = appWithSandboxForFile('runs-knowledge');

/** The main side records a sign-in whose redirect came back with nobody waiting (a reloaded window). */
async function listedEventually(workspaceId: string, grant: string): Promise<RunRecord> {
  for (;;) {
    const found = (await app.api.listRuns({ workspaceId })).find((r) => r.grant === grant);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('runs kept on the main side, per workspace', () => {
  it("lists every grant's runs in the workspace they were made in, masked, with connection and request", async () => {
    const other = await app.api.createWorkspace({ name: 'Other' });
    const cc = await app.api.runClientCredentials({
      workspaceId: other.id,
      connectionId: 'sandbox',
      clientId: 'tokenscope-m2m',
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(cc.ok).toBe(true);
    expect(await app.api.listRuns()).toEqual([]);
    const [listed] = await app.api.listRuns({ workspaceId: other.id });
    expect(listed).toMatchObject({
      id: cc.runId,
      workspaceId: other.id,
      connectionId: 'sandbox',
      grant: 'client_credentials',
      clientId: 'tokenscope-m2m',
      request: { resources: [PRODUCTS], scopes: ['read:products'] },
    });
    expect(listed!.result.timeline.length).toBeGreaterThan(0);
  });

  it('records a sign-in nobody waits for, then its refresh on the same connection', async () => {
    const { callback } = await startAndSignIn(app.api, 'eddie', {
      resources: [PRODUCTS, ORDERS],
      scope: 'openid offline_access read:products read:orders',
      prompt: 'consent',
    });
    expect((await fetch(callback)).status).toBe(200);
    const signedIn = await listedEventually('default', 'authorization_code');
    expect(signedIn).toMatchObject({ label: 'Sign-in', grantedResources: [PRODUCTS, ORDERS], result: { ok: true } });
    // The refresh token stays on the main side: the listed result has it masked.
    expect(JSON.stringify(signedIn.result.ok && signedIn.result.tokenResponse.refresh_token)).toContain('•');

    const refreshed = await app.api.runRefresh({ fromRunId: signedIn.id, resources: [ORDERS], scope: 'read:orders' });
    expect(refreshed.ok).toBe(true);
    expect((await app.api.listRuns()).at(-1)).toMatchObject({
      grant: 'refresh_token',
      connectionId: 'sandbox',
      clientId: 'tokenscope-native',
      grantedResources: [PRODUCTS, ORDERS],
    });
  });
});

describe('a saved connection: edited in place, and what it learns from its runs', () => {
  it('fixes a wrong secret, renames, and keeps the resources and scopes used on it (never a secret)', async () => {
    const added = await app.api.addConnection({
      issuer: app.sandbox.issuer,
      client: { clientId: 'tokenscope-m2m', kind: 'm2m', authMethod: 'client_secret_basic', clientSecret: 'wrong' },
    });
    expect(added.name).toBe(`${new URL(app.sandbox.issuer).host}/oidc · tokenscope-m2m`);
    const failed = await app.api.runClientCredentials({
      connectionId: added.id,
      clientId: 'tokenscope-m2m',
      resources: [ORDERS],
      scope: 'read:orders',
    });
    expect(failed).toMatchObject({ ok: false, error: { error: 'invalid_client' } });

    const edited = await app.api.editConnection({
      connectionId: added.id,
      name: 'Staging',
      client: { clientId: 'tokenscope-m2m', secret: M2M_SECRET },
    });
    expect(edited).toMatchObject({
      id: added.id,
      name: 'Staging',
      clients: [{ clientId: 'tokenscope-m2m', hasSecret: true }],
    });
    // client_secret_post instead of basic: the secret is kept.
    await app.api.editConnection({
      connectionId: added.id,
      client: { clientId: 'tokenscope-m2m', authMethod: 'client_secret_post' },
    });
    const ok = await app.api.runClientCredentials({
      connectionId: added.id,
      clientId: 'tokenscope-m2m',
      resources: [ORDERS],
      scope: 'read:orders',
    });
    expect(ok.ok).toBe(true);
    expect(new URLSearchParams(ok.timeline.find((e) => e.step === 'token')!.requestBody).get('client_id')).toBe(
      'tokenscope-m2m',
    );

    expect(await app.api.getConnectionKnowledge({ connectionId: added.id })).toEqual({
      connectionId: added.id,
      resources: [{ indicator: ORDERS, scopes: ['read:orders'] }],
      scopes: ['read:orders'],
    });
    const files = readdirSync(join(app.dataDir, 'knowledge'));
    expect(files.map((f) => readFileSync(join(app.dataDir, 'knowledge', f), 'utf8')).join('')).not.toContain(
      M2M_SECRET,
    );

    await expect(
      app.api.editConnection({
        connectionId: added.id,
        client: { clientId: 'tokenscope-m2m', authMethod: 'client_secret_basic', newClientId: 'other' },
      }),
    ).resolves.toMatchObject({ clients: [{ clientId: 'other', hasSecret: true }] });
    await expect(app.api.editConnection({ connectionId: 'conn-none', name: 'x' })).rejects.toThrow(/no connection/);

    await app.api.removeConnection({ id: added.id });
    expect((await app.api.getConnectionKnowledge({ connectionId: added.id })).resources).toEqual([]);
  });
});
