import { describe, expect, it } from 'vitest';
import { NATIVE_CLIENT as native, engineWithSandboxForFile } from '../support/engine-with-sandbox.js';
import { signIn } from './sandbox-sign-in.js';

const PRODUCTS = 'https://products.tokenscope.test';

const { sandbox, engine, signedIn, m2mClientCredentials } = engineWithSandboxForFile();

describe('more of issue 4 against the sandbox', () => {
  it('DPoP-bound client credentials token (RFC 9449), the proof masked', async () => {
    const result = await m2mClientCredentials({ resources: [PRODUCTS], scope: 'read:products', dpop: true });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(String(result.tokenResponse.token_type).toLowerCase()).toBe('dpop');
    expect(result.accessToken).toMatchObject({ payload: { cnf: { jkt: expect.any(String) } } });
    const token = result.timeline.filter((e) => e.step === 'token').at(-1)!;
    expect(token.requestHeaders.dpop).toContain('•');
  });

  it('pushed authorization request (RFC 9126): the URL carries only a request_uri', async () => {
    const start = await engine.startAuthorization({
      issuer: sandbox.issuer,
      client: native,
      redirect: 'custom-scheme',
      resources: [PRODUCTS],
      scope: 'read:products',
      par: true,
    });
    if ('ok' in start) throw new Error(JSON.stringify(start));
    const url = new URL(start.authorizationUrl);
    expect(url.searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    expect(url.searchParams.get('resource')).toBeNull();
    const outcome = await engine.handleCallback((await signIn(start.authorizationUrl, { user: 'vera' })).callback);
    if (!outcome.accepted || !outcome.result.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.result.timeline.map((e) => e.step)).toContain('pushed authorization request');
    expect(outcome.result.accessToken).toMatchObject({ payload: { aud: PRODUCTS } });
  });

  it('userinfo with the opaque token of a sign-in without resource', async () => {
    const run = await signedIn('ada', { resources: [], scope: 'openid profile email' });
    expect(run.accessToken.kind).toBe('opaque');
    const info = await engine.tokenOperation(run.runId!, 'userinfo');
    expect(info).toMatchObject({ ok: true, body: { sub: 'ada', email: 'ada@tokenscope.test' } });
    expect(JSON.stringify(info.timeline)).not.toContain(String(engine.reveal(run.runId!).tokenResponse!.access_token));
  });

  it('userinfo refuses a resource-bound JWT, explained', async () => {
    const run = await signedIn('ada', {
      resources: [PRODUCTS],
      scope: 'openid read:products',
      tokenResource: PRODUCTS,
    });
    const info = await engine.tokenOperation(run.runId!, 'userinfo');
    expect(info.ok).toBe(false);
    if (info.ok) return;
    expect(info.error.error).toBe('invalid_token');
    expect(info.error.fix).toMatch(/without a resource/);
  });

  it('introspects and revokes a refresh token; the next refresh fails', async () => {
    const run = await signedIn('vera', {
      resources: [PRODUCTS],
      scope: 'openid offline_access read:products',
      prompt: 'consent',
    });
    const active = await engine.tokenOperation(run.runId!, 'introspect', 'refresh_token');
    expect(active).toMatchObject({ ok: true, body: { active: true } });
    expect(await engine.tokenOperation(run.runId!, 'revoke', 'refresh_token')).toMatchObject({ ok: true });
    expect(await engine.tokenOperation(run.runId!, 'introspect', 'refresh_token')).toMatchObject({
      ok: true,
      body: { active: false },
    });
    const refreshed = await engine.refreshFromRun(run.runId!, { resources: [], scope: '' });
    expect(refreshed).toMatchObject({ ok: false, error: { error: 'invalid_grant' } });
  });

  it('explains introspecting a JWT access token', async () => {
    const run = await signedIn('vera', { resources: [PRODUCTS], scope: 'read:products' });
    const result = await engine.tokenOperation(run.runId!, 'introspect', 'access_token');
    if (result.ok) {
      // Older Logto answers { active: false } instead of an error; either way the token is not introspectable.
      expect(result.body.active).toBe(false);
      return;
    }
    expect(result.error.error).toBe('unsupported_token_type');
    expect(result.error.explanation).toMatch(/JWT access tokens/);
  });

  it('generic RFC 8693 with an actor token: the token says who acts for the user (act)', async () => {
    const actor = await signedIn('ada', { resources: [], scope: 'openid' });
    const actorToken = String(engine.reveal(actor.runId!).tokenResponse!.access_token);
    const web = sandbox.clients.find((c) => c.clientId === 'tokenscope-web')!;
    const result = await engine.tokenExchange({
      issuer: sandbox.issuer,
      client: { clientId: web.clientId, clientSecret: web.clientSecret },
      subjectToken: 'pat_SandboxEddieLaptopScript00000001',
      subjectTokenType: 'urn:logto:token-type:personal_access_token',
      actorToken,
      actorTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.accessToken).toMatchObject({ payload: { sub: 'eddie', act: { sub: 'ada' } } });
    expect(JSON.stringify(result.timeline)).not.toContain(actorToken);
  });
});
