/**
 * Every grant through the app's services (the contract the renderer calls) against a server unlike the sandbox:
 * plain oidc-provider, issuer with a path, client_secret_post only, no DPoP, refresh tokens that a confidential
 * client keeps, a bare 403 on bad credentials (tests/support/plain-oidc-server.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { succeeded } from '../support/flow-outcome.js';
import type { ConnectionSummary } from '../../shared/contract/connection.js';
import { appWithSandboxForFile } from '../support/app-with-sandbox.js';
import { ACCESS_TOKEN_TYPE, PLAIN_APIS, PLAIN_M2M, PLAIN_NATIVE, PLAIN_WEB } from '../support/plain-oidc-server.js';
import { plainOidcServerForFile, plainSignIn } from '../support/plain-oidc-server.js';

const ORDERS = PLAIN_APIS.orders.indicator;
const STOCK = PLAIN_APIS.stock.indicator;

const app = appWithSandboxForFile('any-tenant');
const plain = plainOidcServerForFile();
let native: ConnectionSummary;
let web: ConnectionSummary;
let m2m: ConnectionSummary;

beforeAll(async () => {
  native = await app.api.addConnection({
    name: 'Plain native',
    issuer: plain.issuer,
    client: { clientId: PLAIN_NATIVE.clientId, kind: 'native', authMethod: 'none' },
  });
  web = await app.api.addConnection({
    name: 'Plain web',
    issuer: plain.issuer,
    client: {
      clientId: PLAIN_WEB.clientId,
      kind: 'traditional',
      authMethod: 'client_secret_post',
      clientSecret: PLAIN_WEB.clientSecret,
    },
  });
  m2m = await app.api.addConnection({
    name: 'Plain M2M',
    issuer: plain.issuer,
    client: {
      clientId: PLAIN_M2M.clientId,
      kind: 'm2m',
      authMethod: 'client_secret_post',
      clientSecret: PLAIN_M2M.clientSecret,
    },
  });
});

/** The plain server's M2M app asks for a token for the orders API. */
const plainClientCredentials = (scope: string) =>
  app.api.runClientCredentials({ connectionId: m2m.id, clientId: PLAIN_M2M.clientId, resources: [ORDERS], scope });

async function signIn(connection: ConnectionSummary, clientId: string, resources: string[], scope: string) {
  const started = await app.api.startAuthorization({
    connectionId: connection.id,
    clientId,
    resources,
    tokenResource: resources[0],
    scope,
    prompt: 'consent',
    redirect: 'loopback',
  });
  if (started.status !== 'waiting') throw new Error(JSON.stringify(started.result));
  return succeeded(await app.api.completeAuthorization({ callbackUrl: await plainSignIn(started.authorizationUrl) }));
}

describe('a plain oidc-provider server through the app services', () => {
  it('is discovered with its path issuer and saved', () => {
    expect(m2m).toMatchObject({ kind: 'issuer', issuer: plain.issuer });
    expect(m2m.metadata?.token_endpoint).toBe(`${plain.issuer}/token`);
  });

  it('signs in a public native client (PKCE, loopback on any port), refreshes per API, and says the refresh token rotated', async () => {
    const first = await signIn(
      native,
      PLAIN_NATIVE.clientId,
      [ORDERS, STOCK],
      'openid offline_access orders:read stock:read',
    );
    expect(first.accessToken).toMatchObject({
      header: { alg: 'RS256' },
      payload: { aud: ORDERS, scope: 'orders:read' },
    });
    expect(first.hasRefreshToken).toBe(true);
    const stock = succeeded(
      await app.api.runRefresh({ fromRunId: first.runId!, resources: [STOCK], scope: 'stock:read' }),
    );
    expect(stock.accessToken).toMatchObject({ payload: { aud: STOCK, scope: 'stock:read' } });
    expect(stock.warnings?.join(' ')).toMatch(/new refresh token came back: rotated.*the generic rule/);
    expect(JSON.stringify(stock)).not.toContain(
      (await app.api.revealRun({ runId: first.runId! })).tokenResponse!.refresh_token as string,
    );
  });

  it('signs in a confidential client with client_secret_post, and says its refresh token was not rotated', async () => {
    const first = await signIn(web, PLAIN_WEB.clientId, [ORDERS], 'openid offline_access orders:read orders:write');
    const again = succeeded(
      await app.api.runRefresh({ fromRunId: first.runId!, resources: [ORDERS], scope: 'orders:read' }),
    );
    expect(again.accessToken).toMatchObject({ payload: { scope: 'orders:read' } });
    const said = again.warnings?.join(' ') ?? '';
    expect(said).toMatch(/same refresh token came back: not rotated/);
    expect(said).not.toMatch(/spent|revokes the whole grant|Logto's rule/);
    // As said: the same refresh token keeps working.
    succeeded(await app.api.runRefresh({ fromRunId: first.runId!, resources: [ORDERS], scope: 'orders:write' }));
  });

  it('runs client credentials, drops the scopes the app does not hold, and shows the curl', async () => {
    const result = succeeded(await plainClientCredentials('orders:read orders:write'));
    expect(result.accessToken).toMatchObject({
      payload: { aud: ORDERS, scope: 'orders:read', sub: PLAIN_M2M.clientId },
    });
    const token = result.timeline.find((e) => e.step === 'token')!;
    expect(new URLSearchParams(token.requestBody).get('client_secret')).toContain('•');
    expect(token.requestHeaders.authorization).toBeUndefined();
  });

  it('exchanges an access token for one for another API (RFC 8693), with issued_token_type', async () => {
    const cc = succeeded(await plainClientCredentials('orders:read'));
    const subjectToken = (await app.api.revealRun({ runId: cc.runId! })).tokenResponse!.access_token as string;
    const exchanged = succeeded(
      await app.api.runTokenExchange({
        connectionId: m2m.id,
        clientId: PLAIN_M2M.clientId,
        subjectToken,
        subjectTokenType: ACCESS_TOKEN_TYPE,
        resources: [STOCK],
        scope: 'stock:read stock:count',
      }),
    );
    expect(exchanged.tokenResponse).toMatchObject({ issued_token_type: ACCESS_TOKEN_TYPE });
    expect(exchanged.accessToken).toMatchObject({ payload: { aud: STOCK, scope: 'stock:read' } });
  });

  it('explains a wrong secret answered by a bare 403: status, content type, client authentication', async () => {
    await app.api.setClientSecret({ connectionId: m2m.id, clientId: PLAIN_M2M.clientId, secret: 'not-the-secret' });
    try {
      const result = await plainClientCredentials('orders:read');
      if (result.ok) throw new Error('a wrong secret was accepted');
      expect(result.error).toMatchObject({ error: 'http_403', status: 403 });
      expect(result.error.explanation).toMatch(/HTTP 403 with content-type text\/plain.*client authentication/);
      expect(result.error.explanation).not.toMatch(/unexpected response content-type|not_json/);
    } finally {
      await app.api.setClientSecret({
        connectionId: m2m.id,
        clientId: PLAIN_M2M.clientId,
        secret: PLAIN_M2M.clientSecret,
      });
    }
  });

  it('refuses to save a connection whose issuer differs from the discovery document, naming both', async () => {
    await expect(
      app.api.addConnection({
        issuer: plain.issuer.replace('127.0.0.1', 'localhost'),
        client: { clientId: PLAIN_M2M.clientId, kind: 'm2m', authMethod: 'none' },
      }),
    ).rejects.toThrow(new RegExp(`names the issuer "${plain.issuer.replace(/[.]/g, '\\.')}"`));
  });

  it('refuses to save a URL that is no issuer, with the status it answered', async () => {
    await expect(
      app.api.addConnection({
        issuer: `${plain.origin}/tenant/b`,
        client: { clientId: 'x', kind: 'm2m', authMethod: 'none' },
      }),
    ).rejects.toThrow(/answered HTTP 404/);
  });
});

describe('an M2M organization token with a resource (Logto rules, on the sandbox)', () => {
  it("blames a missing scope on the app's organization roles, not its global M2M roles", async () => {
    const PRODUCTS = 'https://products.tokenscope.test';
    const request = { resources: [PRODUCTS], scopes: ['read:products', 'write:products'], organizationId: 'acme' };
    const result = succeeded(
      await app.api.runClientCredentials({
        connectionId: 'sandbox',
        clientId: 'tokenscope-m2m',
        resources: [PRODUCTS],
        scope: request.scopes.join(' '),
        organizationId: 'acme',
      }),
    );
    // Its global M2M role (inventory-sync) has write:products; its organization role (member) does not.
    expect(result.accessToken).toMatchObject({ payload: { organization_id: 'acme', scope: 'read:products' } });
    const raw = (await app.api.revealRun({ runId: result.runId! })).tokenResponse!.access_token as string;
    const diff = await app.api.explainScopes({ token: raw, request });
    const reason = diff.resources.flatMap((r) => r.rows).find((row) => row.scope === 'write:products')!.reason!;
    expect(reason).toMatchObject({ code: 'no-role', certainty: 'exact' });
    expect(reason.message).toMatch(
      /^the app Inventory sync job \(M2M\) has organization role member in organization Acme Inc\.; it does not grant write:products.*global M2M role Inventory sync grants write:products, but an organization token draws on organization roles only/,
    );
  });
});
