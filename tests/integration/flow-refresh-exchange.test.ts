import { describe, expect, it } from 'vitest';
import { engineWithSandboxForFile } from '../support/engine-with-sandbox.js';
import { PAT_TOKEN_TYPE } from '../../shared/oauth/token-types.js';
import { failed } from '../support/flow-outcome.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';
const PAT = 'pat_SandboxEddieLaptopScript00000001';

const fixture = engineWithSandboxForFile();
const { sandbox, engine } = fixture;

const signedIn = (user: string, scope: string, resources: string[]) =>
  fixture.signedIn(user, { resources, scope, prompt: 'consent' });

describe('refresh through the flow engine', () => {
  it('refreshes from a run without the refresh token leaving the main side, and rotates it', async () => {
    const first = await signedIn('vera', 'openid offline_access read:products read:orders', [PRODUCTS, ORDERS]);
    const second = await engine.refreshFromRun(first.runId!, { resources: [ORDERS], scope: 'read:orders' });
    if (!second.ok) throw new Error(JSON.stringify(second.error));
    expect(second.accessToken).toMatchObject({ payload: { aud: ORDERS, scope: 'read:orders' } });
    const refreshEntry = second.timeline.find((e) => e.step === 'token')!;
    expect(new URLSearchParams(refreshEntry.requestBody).get('refresh_token')).toContain('•');
    const raw = engine.reveal(first.runId!).tokenResponse!.refresh_token as string;
    expect(JSON.stringify(second)).not.toContain(raw);
    expect(engine.reveal(second.runId!).tokenResponse!.refresh_token).not.toBe(raw);
  });

  it('stops the refresh trap before it springs, then explains it when sprung on purpose', async () => {
    const run = await signedIn('vera', 'openid offline_access read:products', [PRODUCTS]);
    const stopped = failed(await engine.refreshFromRun(run.runId!, { resources: [ORDERS], scope: '' }));
    expect(stopped.error.error).toBe('refresh_trap');
    expect(stopped.timeline).toHaveLength(0);
    expect(stopped.error.explanation).toMatch(/Nothing was sent/);

    const sprung = failed(
      await engine.refreshFromRun(run.runId!, { resources: [ORDERS], scope: '', acceptRefreshTrap: true }),
    );
    expect(sprung.error).toMatchObject({ error: 'invalid_target', status: 400 });
    expect(sprung.error.explanation).toMatch(/now spent/);
    // Logto (and the sandbox) accept a rotated refresh token again for 3 s; the trap shows after that.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const after = failed(await engine.refreshFromRun(run.runId!, { resources: [], scope: '' }));
    expect(after.error.error).toBe('invalid_grant');
    expect(after.error.explanation).toMatch(/spent by the earlier refresh/);
  });

  it('explains more scope than granted', async () => {
    const run = await signedIn('vera', 'openid offline_access read:products', [PRODUCTS]);
    const result = failed(
      await engine.refreshFromRun(run.runId!, { resources: [PRODUCTS], scope: 'read:products write:orders' }),
    );
    expect(result.error.error).toBe('invalid_scope');
    expect(result.error.fix).toMatch(/subset/);
  });

  it('gets an organization token, and explains a user outside the organization', async () => {
    const ada = await signedIn('ada', 'openid offline_access urn:logto:scope:organizations invite:member', [
      'urn:logto:resource:organizations',
    ]);
    const org = await engine.refreshFromRun(ada.runId!, { resources: [], scope: '', organizationId: 'acme' });
    expect(org).toMatchObject({
      ok: true,
      accessToken: { payload: { aud: 'urn:logto:organization:acme', scope: 'invite:member' } },
    });
    const noah = await signedIn('noah', 'openid offline_access urn:logto:scope:organizations', [
      'urn:logto:resource:organizations',
    ]);
    const denied = failed(
      await engine.refreshFromRun(noah.runId!, { resources: [], scope: '', organizationId: 'acme' }),
    );
    expect(denied.error).toMatchObject({ error: 'access_denied', status: 403 });
    expect(denied.error.fix).toMatch(/Add the user to the organization/);
  });

  it('explains a refresh token without the organizations scope', async () => {
    const run = await signedIn('ada', 'openid offline_access read:products', [PRODUCTS]);
    const result = failed(
      await engine.refreshFromRun(run.runId!, { resources: [], scope: '', organizationId: 'acme' }),
    );
    expect(result.error).toMatchObject({ error: 'insufficient_scope', status: 403 });
    expect(result.error.fix).toMatch(/urn:logto:scope:organizations/);
  });
});

describe('token exchange through the flow engine', () => {
  const web = () => ({
    clientId: 'tokenscope-web',
    clientSecret: sandbox.clients.find((c) => c.clientId === 'tokenscope-web')!.clientSecret,
    authMethod: 'client_secret_basic' as const,
  });

  it('exchanges a Logto PAT for a token that acts as the user, with the PAT masked', async () => {
    const result = await engine.tokenExchange({
      issuer: sandbox.issuer,
      client: web(),
      subjectToken: PAT,
      subjectTokenType: PAT_TOKEN_TYPE,
      resources: [PRODUCTS],
      scope: 'read:products write:products delete:products',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.grant).toBe('token_exchange');
    expect(result.accessToken).toMatchObject({
      payload: { sub: 'eddie', aud: PRODUCTS, scope: 'read:products write:products' },
    });
    expect(JSON.stringify(result.timeline)).not.toContain(PAT);
    expect(JSON.stringify(result.timeline)).not.toContain(web().clientSecret);
  });

  it('explains a bad PAT', async () => {
    const result = failed(
      await engine.tokenExchange({
        issuer: sandbox.issuer,
        client: web(),
        subjectToken: 'pat_nope_nope_nope_nope',
        subjectTokenType: PAT_TOKEN_TYPE,
        resources: [PRODUCTS],
        scope: '',
      }),
    );
    expect(result.error.error).toBe('invalid_grant');
    expect(result.error.fix).toMatch(/personal access token/);
  });

  it('explains an app without token exchange', async () => {
    const m2m = sandbox.clients.find((c) => c.kind === 'm2m')!;
    const result = failed(
      await engine.tokenExchange({
        issuer: sandbox.issuer,
        client: { clientId: m2m.clientId, clientSecret: m2m.clientSecret },
        subjectToken: PAT,
        subjectTokenType: PAT_TOKEN_TYPE,
        resources: [PRODUCTS],
        scope: '',
      }),
    );
    expect(result.error.fix).toMatch(/allowTokenExchange/);
  });
});
