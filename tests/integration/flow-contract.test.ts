import { describe, expect, it } from 'vitest';
import { appWithSandboxForFile } from '../support/app-with-sandbox.js';
import { dispatch } from '../../electron/services/api/dispatch.js';
import { startAndSignIn } from '../support/contract-sign-in.js';
import { sandboxM2mRun } from '../support/contract-m2m.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

const app = appWithSandboxForFile('flow-contract');

describe('the flow calls of the contract', () => {
  it('browser host: sign in over loopback, wait for it, refresh from the run, reveal', async () => {
    const { start, callback } = await startAndSignIn(app.api, 'eddie', {
      resources: [PRODUCTS, ORDERS],
      scope: 'openid offline_access read:products read:orders',
      prompt: 'consent',
    });
    expect(start.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect((await fetch(callback)).status).toBe(200);
    const done = await app.api.awaitAuthorization({ state: start.state });
    if (done.status !== 'done' || !done.result.ok) throw new Error(JSON.stringify(done));
    expect(done.result.hasRefreshToken).toBe(true);

    const refreshed = await app.api.runRefresh({
      fromRunId: done.result.runId!,
      resources: [ORDERS],
      scope: 'read:orders',
    });
    expect(refreshed).toMatchObject({
      ok: true,
      grant: 'refresh_token',
      accessToken: { payload: { aud: ORDERS, sub: 'eddie' } },
    });

    const revealed = await app.api.revealRun({ runId: done.result.runId! });
    expect(String(revealed.tokenResponse!.refresh_token)).not.toContain('•');
    expect(JSON.stringify(done.result)).not.toContain(String(revealed.tokenResponse!.refresh_token));
    expect(await app.api.awaitAuthorization({ state: 'never-started' })).toMatchObject({ status: 'gone' });
  });

  it('client credentials through the contract: an organization token, and a DPoP-bound one (RFC 9449)', async () => {
    const org = await sandboxM2mRun(app.api, {
      resources: [],
      scope: '',
      organizationId: 'acme',
    });
    expect(org).toMatchObject({
      ok: true,
      accessToken: { payload: { aud: 'urn:logto:organization:acme', sub: 'tokenscope-m2m' } },
    });
    const bound = await sandboxM2mRun(app.api, {
      resources: [PRODUCTS],
      scope: 'read:products',
      dpop: true,
    });
    if (!bound.ok) throw new Error(JSON.stringify(bound.error));
    expect(bound.tokenResponse.token_type).toMatch(/^DPoP$/i);
    expect(bound.accessToken).toMatchObject({
      kind: 'jwt',
      payload: { aud: PRODUCTS, cnf: { jkt: expect.any(String) } },
    });
    // The proof rides in the DPoP header of the token request, masked in the timeline.
    const token = bound.timeline.find((e) => e.step === 'token')!;
    expect(token.requestHeaders.dpop).toMatch(/•/);
    const plain = await sandboxM2mRun(app.api, {
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(plain).toMatchObject({ ok: true, tokenResponse: { token_type: expect.stringMatching(/^bearer$/i) } });
  });

  it('a cancelled sign-in ends at once, and its redirect is refused afterwards', async () => {
    const { start, callback } = await startAndSignIn(app.api, 'eddie', {
      resources: [PRODUCTS],
      scope: 'openid read:products',
    });
    expect(await app.api.cancelAuthorization({ state: start.state })).toEqual({ cancelled: true });
    expect(await app.api.awaitAuthorization({ state: start.state })).toMatchObject({
      status: 'done',
      result: { ok: false, error: { error: 'cancelled' } },
    });
    await expect(app.api.completeAuthorization({ callbackUrl: callback })).rejects.toThrow(/matches no sign-in/);
    expect(await app.api.cancelAuthorization({ state: 'never-started' })).toEqual({ cancelled: false });
  });

  it('pasted URL: completes the sign-in, and refuses it the second time', async () => {
    const { callback } = await startAndSignIn(app.api, 'vera', {
      resources: [PRODUCTS],
      scope: 'read:products',
      redirect: 'custom-scheme',
    });
    expect(await app.api.completeAuthorization({ callbackUrl: callback })).toMatchObject({
      ok: true,
      accessToken: { payload: { sub: 'vera' } },
    });
    const again = await dispatch(app.api, 'completeAuthorization', { callbackUrl: callback });
    expect(again).toMatchObject({ ok: false });
    expect(JSON.stringify(again)).toMatch(/matches no sign-in/);
  });

  it('token exchange with the sandbox PAT, and argument checks at the door', async () => {
    const result = await app.api.runTokenExchange({
      connectionId: 'sandbox',
      clientId: 'tokenscope-web',
      subjectToken: 'pat_SandboxEddieLaptopScript00000001',
      subjectTokenType: 'urn:logto:token-type:personal_access_token',
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(result).toMatchObject({ ok: true, grant: 'token_exchange', accessToken: { payload: { sub: 'eddie' } } });
    const bad = await dispatch(app.api, 'runRefresh', { fromRunId: 'x', resources: 'not-a-list', scope: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_argument' } });
  });

  it('client credentials still works, now with a timeline', async () => {
    const result = await sandboxM2mRun(app.api, {
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(result.ok).toBe(true);
    expect(result.timeline.length).toBe(2);
  });
});
