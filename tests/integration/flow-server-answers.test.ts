/**
 * Advice that follows what the server answered, against the Logto-like sandbox and against a plain oidc-provider
 * set up unlike it (tests/support/plain-oidc-server.ts): DPoP-bound refresh, refresh token rotation, bare 403s.
 */
import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../support/flow-outcome.js';
import { FlowEngine } from '../../electron/services/flows/flow-engine.js';
import { engineWithSandboxForFile } from '../support/engine-with-sandbox.js';
import { PLAIN_APIS, PLAIN_M2M, PLAIN_NATIVE, PLAIN_WEB, plainSignIn } from '../support/plain-oidc-server.js';
import { plainOidcServerForFile } from '../support/plain-oidc-server.js';
import { signedInAtPlain } from '../support/plain-engine-sign-in.js';

type ClientCredentialsInput = Parameters<FlowEngine['clientCredentials']>[0];

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = PLAIN_APIS.orders.indicator;
const STOCK = PLAIN_APIS.stock.indicator;

const sandbox = engineWithSandboxForFile();
const plain = plainOidcServerForFile();

async function plainSignedIn(client: typeof PLAIN_NATIVE | typeof PLAIN_WEB, resources: string[], scope: string) {
  const request = { redirect: 'custom-scheme' as const, resources, scope, prompt: 'consent' };
  return (await signedInAtPlain(sandbox.engine, plain.issuer, client, request)).result;
}

/** The plain server's M2M app, with `client` changed, asks for an orders token. */
const plainClientCredentials = (client: ClientCredentialsInput['client']) =>
  sandbox.engine.clientCredentials({ issuer: plain.issuer, client, resources: [ORDERS], scope: 'orders:read' });

const rawRefreshToken = (runId: string) => sandbox.engine.reveal(runId).tokenResponse!.refresh_token as string;

describe('a DPoP-bound refresh token (RFC 9449 §5)', () => {
  it('is refreshed with a proof from the key of the run it came from, and stays bound to it', async () => {
    const first = await sandbox.signedIn('vera', {
      resources: [PRODUCTS],
      tokenResource: PRODUCTS,
      scope: 'openid offline_access read:products',
      prompt: 'consent',
      dpop: true,
    });
    expect(String(first.tokenResponse.token_type).toLowerCase()).toBe('dpop');
    const jkt = (first.accessToken as { payload: { cnf?: { jkt?: string } } }).payload.cnf?.jkt;
    expect(jkt).toBeTruthy();
    const refreshed = succeeded(
      await sandbox.engine.refreshFromRun(first.runId!, { resources: [PRODUCTS], scope: 'read:products' }),
    );
    expect(refreshed.timeline.find((e) => e.step === 'token')!.requestHeaders.dpop).toBeTruthy();
    expect(refreshed.accessToken).toMatchObject({ payload: { cnf: { jkt } } });
    // And the refresh of the refresh: the key follows the chain.
    succeeded(await sandbox.engine.refreshFromRun(refreshed.runId!, { resources: [PRODUCTS], scope: 'read:products' }));
  });

  it('pasted as it is, is proved with the key of the run that received it; without that key, the missing proof is blamed', async () => {
    const first = await sandbox.signedIn('vera', {
      resources: [PRODUCTS],
      scope: 'openid offline_access read:products',
      prompt: 'consent',
      dpop: true,
    });
    const native = { clientId: 'tokenscope-native', authMethod: 'none' as const };
    const pasted = {
      issuer: sandbox.sandbox.issuer,
      client: native,
      refreshToken: rawRefreshToken(first.runId!),
      resources: [],
      scope: '',
    };
    const proved = succeeded(await sandbox.engine.refresh(pasted));
    expect(proved.timeline.find((e) => e.step === 'token')!.requestHeaders.dpop).toBeTruthy();

    // Another process (the CLI) holds no key: the sandbox, like Logto, only says "grant request is invalid".
    const elsewhere = new FlowEngine();
    const bare = failed(await elsewhere.refresh({ ...pasted, refreshToken: rawRefreshToken(proved.runId!) }));
    await elsewhere.close();
    expect(bare.error.error).toBe('invalid_grant');
    expect(bare.error.explanation).toMatch(
      /^Most likely the refresh token is DPoP-bound and this refresh carried no DPoP proof/,
    );
    expect(bare.error.explanation).toMatch(/RFC 9449 §5/);
  });
  it('is honoured only when the answer says so: a server without DPoP answers Bearer, and its refresh sends no proof', async () => {
    const start = await sandbox.engine.startAuthorization({
      issuer: plain.issuer,
      client: PLAIN_NATIVE,
      redirect: 'custom-scheme',
      resources: [ORDERS],
      tokenResource: ORDERS,
      scope: 'openid offline_access orders:read',
      prompt: 'consent',
      dpop: true,
    });
    if ('ok' in start) throw new Error(JSON.stringify(start));
    const outcome = await sandbox.engine.handleCallback(await plainSignIn(start.authorizationUrl));
    if (!outcome.accepted) throw new Error(outcome.message);
    const first = succeeded(outcome.result);
    expect(String(first.tokenResponse.token_type).toLowerCase()).toBe('bearer');
    expect((first.accessToken as { payload: Record<string, unknown> }).payload.cnf).toBeUndefined();
    const refreshed = succeeded(
      await sandbox.engine.refreshFromRun(first.runId!, { resources: [ORDERS], scope: 'orders:read' }),
    );
    expect(refreshed.timeline.find((e) => e.step === 'token')!.requestHeaders.dpop).toBeUndefined();
  });
});

describe('refresh token rotation, read from the answer', () => {
  it("on the sandbox (Logto rules), a public client gets a new refresh token: said as rotated, with Logto's rule", async () => {
    const first = await sandbox.signedIn('vera', {
      resources: [PRODUCTS],
      scope: 'openid offline_access read:products',
      prompt: 'consent',
    });
    const refreshed = succeeded(
      await sandbox.engine.refreshFromRun(first.runId!, { resources: [PRODUCTS], scope: 'read:products' }),
    );
    expect(rawRefreshToken(refreshed.runId!)).not.toBe(rawRefreshToken(first.runId!));
    const said = (refreshed.warnings ?? []).join(' ');
    expect(said).toMatch(/new refresh token came back: rotated/i);
    expect(said).toMatch(/Logto/);
    expect(JSON.stringify(refreshed)).not.toContain(rawRefreshToken(first.runId!));
  });

  it('on a plain server, a confidential client gets the same one back: said as not rotated, with the generic rule', async () => {
    const first = await plainSignedIn(PLAIN_WEB, [ORDERS], 'openid offline_access orders:read');
    const refreshed = succeeded(
      await sandbox.engine.refreshFromRun(first.runId!, { resources: [ORDERS], scope: 'orders:read' }),
    );
    expect(rawRefreshToken(refreshed.runId!)).toBe(rawRefreshToken(first.runId!));
    const said = (refreshed.warnings ?? []).join(' ');
    expect(said).toMatch(/same refresh token came back: not rotated/i);
    expect(said).toMatch(/RFC 6749 §6/);
    expect(said).not.toMatch(/Logto's rule|spent|revokes the whole grant/);
    // It keeps working, as said.
    succeeded(await sandbox.engine.refreshFromRun(first.runId!, { resources: [ORDERS], scope: 'orders:read' }));
  });

  it('on a plain server, a public client gets a new one: said as rotated, with the generic rule', async () => {
    const first = await plainSignedIn(PLAIN_NATIVE, [ORDERS], 'openid offline_access orders:read');
    const refreshed = succeeded(await sandbox.engine.refreshFromRun(first.runId!, { resources: [], scope: '' }));
    const said = (refreshed.warnings ?? []).join(' ');
    expect(said).toMatch(/new refresh token came back: rotated/i);
    expect(said).toMatch(/the generic rule/);
    expect(said).not.toMatch(/Logto's rule/);
  });

  it('an invalid_target refresh on a non-rotating server does not call the refresh token spent, and it still works', async () => {
    const first = await plainSignedIn(PLAIN_WEB, [ORDERS], 'openid offline_access orders:read');
    succeeded(await sandbox.engine.refreshFromRun(first.runId!, { resources: [], scope: '' }));
    const trap = failed(
      await sandbox.engine.refreshFromRun(first.runId!, { resources: [STOCK], scope: '', acceptRefreshTrap: true }),
    );
    expect(trap.error.error).toBe('invalid_target');
    expect(trap.error.explanation).not.toMatch(/now spent|revokes the whole grant/);
    expect(trap.error.explanation).toMatch(/not rotated|still works/);
    succeeded(await sandbox.engine.refreshFromRun(first.runId!, { resources: [ORDERS], scope: 'orders:read' }));
  });
});

describe('a bare 403 on bad client credentials', () => {
  it('is explained with the status, the content type and client authentication, suggesting client_secret_post', async () => {
    const result = failed(await plainClientCredentials({ ...PLAIN_M2M, clientSecret: 'wrong' }));
    expect(result.error.status).toBe(403);
    expect(result.error.error).not.toBe('not_json');
    expect(result.error.explanation).toMatch(/403/);
    expect(result.error.explanation).toMatch(/text\/plain/);
    expect(result.error.explanation).toMatch(/client authentication/i);
    expect(result.error.fix).toMatch(/client_secret_post/);
  });

  it('for client_secret_basic on a server that takes only client_secret_post, names RFC 6749 §2.3.1 form-encoding', async () => {
    const result = failed(await plainClientCredentials({ ...PLAIN_M2M, authMethod: 'client_secret_basic' }));
    expect(result.error.status).toBe(403);
    expect(result.error.explanation).toMatch(/RFC 6749 §2\.3\.1/);
    expect(result.error.fix).toMatch(/client_secret_post/);
  });
});

describe('discovery that finds no matching issuer', () => {
  it('an issuer mismatch names the issuer the discovery document gives', async () => {
    const result = failed(
      await sandbox.engine.clientCredentials({
        issuer: `${plain.issuer}/`,
        client: PLAIN_M2M,
        resources: [ORDERS],
        scope: '',
      }),
    );
    expect(result.error.error).toBe('issuer_mismatch');
    expect(result.error.explanation).toContain(`"${plain.issuer}"`);
    expect(result.error.fix).toContain(`Use ${plain.issuer} as the issuer`);
  });

  it('a URL that is no issuer is explained with the status it answered', async () => {
    const result = failed(
      await sandbox.engine.clientCredentials({
        issuer: `${plain.origin}/nothing`,
        client: PLAIN_M2M,
        resources: [ORDERS],
        scope: '',
      }),
    );
    expect(result.error.status).toBe(404);
    expect(result.error.explanation).toMatch(
      /\/nothing\/\.well-known\/openid-configuration answered HTTP 404 \(content-type text\/html/,
    );
    expect(result.error.explanation).not.toMatch(/unexpected HTTP response status code/);
  });
});
