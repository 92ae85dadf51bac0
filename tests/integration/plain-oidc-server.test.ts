import { describe, expect, it } from 'vitest';
import { FlowEngine } from '../../electron/services/flows/flow-engine.js';
import { ACCESS_TOKEN_TYPE, PLAIN_APIS, PLAIN_M2M, PLAIN_NATIVE, PLAIN_WEB } from '../support/plain-oidc-server.js';
import { plainOidcServerForFile } from '../support/plain-oidc-server.js';
import { signedInAtPlain } from '../support/plain-engine-sign-in.js';
import { startedForFile } from '../support/for-file.js';

const ORDERS = PLAIN_APIS.orders.indicator;
const server = plainOidcServerForFile();
const engine = startedForFile('The flow engine', async () => new FlowEngine());

describe('the plain oidc-provider fixture, as a raw client sees it', () => {
  it('names its path issuer, no DPoP and client_secret_post as the only secret method', async () => {
    const res = await fetch(`${server.issuer}/.well-known/openid-configuration`);
    const meta = (await res.json()) as Record<string, unknown>;
    expect(meta.issuer).toBe(server.issuer);
    expect(new URL(meta.issuer as string).pathname).toBe('/tenant/a');
    expect(meta.token_endpoint_auth_methods_supported).toEqual(['client_secret_post', 'none']);
    expect(meta.dpop_signing_alg_values_supported).toBeUndefined();
  });

  it('answers bad client credentials with a bare 403 and no JSON', async () => {
    const res = await fetch(`${server.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: PLAIN_M2M.clientId,
        client_secret: 'wrong',
        resource: ORDERS,
      }),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('');
    expect(res.headers.get('content-type')).not.toMatch(/json/);
  });
});

describe('the plain fixture through the flow engine', () => {
  it('signs in the native client with PKCE on a loopback redirect on any port', async () => {
    const { start, result } = await signedInAtPlain(engine, server.issuer, PLAIN_NATIVE, {
      redirect: 'loopback',
      resources: [ORDERS],
      scope: 'openid offline_access orders:read',
      prompt: 'consent',
    });
    expect(start.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(result.hasRefreshToken).toBe(true);
  });

  it("keeps a confidential client's refresh token: the same one comes back", async () => {
    const { result: first } = await signedInAtPlain(engine, server.issuer, PLAIN_WEB, {
      redirect: 'custom-scheme',
      resources: [ORDERS],
      scope: 'openid offline_access orders:read',
      prompt: 'consent',
    });
    const refreshed = await engine.refreshFromRun(first.runId!, { resources: [ORDERS], scope: 'orders:read' });
    if (!refreshed.ok) throw new Error(JSON.stringify(refreshed.error));
    expect(refreshed.accessToken).toMatchObject({ payload: { aud: ORDERS, scope: 'orders:read' } });
    expect(engine.reveal(refreshed.runId!).tokenResponse!.refresh_token).toBe(
      engine.reveal(first.runId!).tokenResponse!.refresh_token,
    );
  });

  it('runs client credentials (held scopes only) and token exchange', async () => {
    const m2m = await engine.clientCredentials({
      issuer: server.issuer,
      client: PLAIN_M2M,
      resources: [ORDERS],
      scope: 'orders:read orders:write',
    });
    if (!m2m.ok) throw new Error(JSON.stringify(m2m.error));
    expect(m2m.accessToken).toMatchObject({ header: { alg: 'RS256' }, payload: { aud: ORDERS, scope: 'orders:read' } });
    const raw = engine.reveal(m2m.runId!).tokenResponse!.access_token as string;
    const exchanged = await engine.tokenExchange({
      issuer: server.issuer,
      client: PLAIN_M2M,
      subjectToken: raw,
      subjectTokenType: ACCESS_TOKEN_TYPE,
      resources: [PLAIN_APIS.stock.indicator],
      scope: 'stock:read',
    });
    if (!exchanged.ok) throw new Error(JSON.stringify(exchanged.error));
    expect(exchanged.tokenResponse.issued_token_type).toBe(ACCESS_TOKEN_TYPE);
    expect(exchanged.accessToken).toMatchObject({ payload: { aud: PLAIN_APIS.stock.indicator, scope: 'stock:read' } });
  });
});
