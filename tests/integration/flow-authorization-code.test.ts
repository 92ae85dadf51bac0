import { describe, expect, it } from 'vitest';
import { NATIVE_CLIENT as native, engineWithSandboxForFile } from '../support/engine-with-sandbox.js';
import type { FlowEngine } from '../../electron/services/flows/flow-engine.js';
import type { StartedAuthorization } from '../../electron/services/flows/authorization-code.js';
import type { FlowResult } from '../../shared/contract/flow.js';
import { signIn } from './sandbox-sign-in.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';

const { sandbox, engine } = engineWithSandboxForFile();

function started(value: StartedAuthorization | FlowResult): StartedAuthorization {
  if ('ok' in value) throw new Error(`the flow did not start: ${JSON.stringify(value)}`);
  return value;
}

type AuthorizationRequest = Parameters<FlowEngine['startAuthorization']>[0];

/** Starts the native app's sign-in at the sandbox, over the custom-scheme redirect unless `request` says. */
async function startNative(
  request: Omit<AuthorizationRequest, 'issuer' | 'client' | 'redirect'> & Partial<AuthorizationRequest>,
): Promise<StartedAuthorization> {
  return started(
    await engine.startAuthorization({ issuer: sandbox.issuer, client: native, redirect: 'custom-scheme', ...request }),
  );
}

describe('authorization code + PKCE through the flow engine', () => {
  it('signs in with two resources over the loopback redirect, and refuses the same redirect twice', async () => {
    const start = await startNative({
      redirect: 'loopback',
      resources: [PRODUCTS, ORDERS],
      scope: 'openid offline_access read:products read:orders',
      prompt: 'consent',
      loginHint: 'vera',
      extraParams: { ui_locales: 'en' },
      tokenResource: PRODUCTS,
    });
    const auth = new URL(start.authorizationUrl);
    expect(auth.searchParams.getAll('resource')).toEqual([PRODUCTS, ORDERS]);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('login_hint')).toBe('vera');
    expect(auth.searchParams.get('ui_locales')).toBe('en');
    expect(start.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    const { callback } = await signIn(start.authorizationUrl, { user: 'vera' });
    expect(callback.startsWith(start.redirectUri)).toBe(true);
    const waiting = engine.awaitAuthorization(start.state, 20_000);
    const page = await fetch(callback);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Signed in');

    const result = await waiting;
    if (!result || result === 'pending' || !result.ok) throw new Error(`expected a token: ${JSON.stringify(result)}`);
    expect(result.grant).toBe('authorization_code');
    expect(result.accessToken).toMatchObject({
      kind: 'jwt',
      payload: { aud: PRODUCTS, sub: 'vera', scope: 'read:products' },
    });
    expect(result.hasRefreshToken).toBe(true);
    expect(result.tokenResponse.refresh_token).toContain('•');
    expect(result.timeline.map((e) => e.step)).toEqual(['discovery', 'authorize', 'token', 'jwks']);
    const token = result.timeline.find((e) => e.step === 'token')!;
    expect(new URLSearchParams(token.requestBody).get('code_verifier')).toContain('•');
    expect(new URLSearchParams(token.requestBody).get('code')).toContain('•');
    const code = new URL(callback).searchParams.get('code')!;
    expect(JSON.stringify(result.timeline)).not.toContain(code);

    const port = new URL(callback).port;
    const rebound = await fetch(`http://localhost:${port}/callback?code=x&state=${start.state}`);
    expect(rebound.status).toBe(421);

    const again = await fetch(callback);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('matches no sign-in');
  });

  it('takes the tokenscope:// redirect and a pasted URL the same way', async () => {
    const start = await startNative({ resources: [PRODUCTS], scope: 'read:products' });
    expect(start.redirectUri).toBe('tokenscope://callback');
    const { callback } = await signIn(start.authorizationUrl, { user: 'eddie' });
    const outcome = await engine.handleCallback(`  ${callback}\n`);
    expect(outcome.accepted).toBe(true);
    if (!outcome.accepted) return;
    expect(outcome.result).toMatchObject({ ok: true, accessToken: { payload: { sub: 'eddie', aud: PRODUCTS } } });
  });

  it('refuses a redirect whose state matches no pending flow', async () => {
    const outcome = await engine.handleCallback('tokenscope://callback?code=abc&state=nobody-started-this&iss=x');
    expect(outcome).toMatchObject({ accepted: false });
    if (outcome.accepted) return;
    expect(outcome.message).toMatch(/matches no sign-in/);
  });

  it('explains an error that comes back on the redirect (unknown resource at /auth)', async () => {
    const start = await startNative({ resources: ['https://unknown.tokenscope.test'], scope: 'openid' });
    const { callback } = await signIn(start.authorizationUrl, { user: 'vera' });
    const outcome = await engine.handleCallback(callback);
    if (!outcome.accepted || outcome.result.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.result.error).toMatchObject({ error: 'invalid_target' });
    expect(outcome.result.error.fix).toContain('https://unknown.tokenscope.test');
  });

  it('explains a PKCE mismatch', async () => {
    const start = await startNative({ resources: [PRODUCTS], scope: 'read:products' });
    const { callback } = await signIn(start.authorizationUrl, { user: 'vera' });
    engine.pending.peek(start.state, Date.now())!.verifier = 'x'.repeat(43);
    const outcome = await engine.handleCallback(callback);
    if (!outcome.accepted || outcome.result.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.result.error).toMatchObject({ error: 'invalid_grant', status: 400 });
    expect(outcome.result.error.explanation).toMatch(/verifier|PKCE/);
  });
});
