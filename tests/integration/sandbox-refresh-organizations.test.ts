import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { defaultWorld, startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { pkceSignIn } from '../support/pkce-sign-in.js';
import { sandboxClient } from '../support/sandbox-client.js';
import { ORDERS_API as ORDERS, PRODUCTS_API as PRODUCTS } from '../../shared/sandbox/sample-api.js';
import { failure, verifyAccessToken } from '../support/oauth-assertions.js';

const ORG_RESOURCE = 'urn:logto:resource:organizations';
const ORG_SCOPES = 'openid offline_access urn:logto:scope:organizations';

let sandbox: SandboxHandle;
let native: oidc.Configuration;
let m2m: oidc.Configuration;

async function signInFor(user: string, scope: string, resources: string[], prompt = 'consent') {
  const { callback, verifier } = await pkceSignIn(native, user, { scope, resources, prompt });
  return oidc.authorizationCodeGrant(native, callback, {
    pkceCodeVerifier: verifier,
    expectedState: oidc.skipStateCheck,
  });
}

const verify = (token: string, audience: string) => verifyAccessToken(sandbox.issuer, token, audience);

beforeAll(async () => {
  const world = defaultWorld();
  world.organizations!.push({ id: 'globex', name: 'Globex', description: 'Nobody is in it' });
  sandbox = await startSandbox({ world });
  native = await sandboxClient(sandbox, 'tokenscope-native');
  m2m = await sandboxClient(sandbox, 'm2m');
});

afterAll(async () => {
  await sandbox?.close();
});

describe('sandbox: refresh tokens', () => {
  it('drops offline_access unless prompt=consent', async () => {
    const tokens = await signInFor('vera', 'openid offline_access read:products', [PRODUCTS], '');
    expect(tokens.refresh_token).toBeUndefined();
  });

  it('rotates refresh tokens; an old one works for 3 s, then its reuse revokes the whole grant', async () => {
    const first = await signInFor('vera', 'openid offline_access read:products', [PRODUCTS]);
    const second = await oidc.refreshTokenGrant(native, first.refresh_token!, { resource: PRODUCTS });
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await verify(second.access_token, PRODUCTS)).scope).toBe('read:products');

    // Within Logto's grace period (two tabs refreshing at once) the rotated token still works.
    const again = await oidc.refreshTokenGrant(native, first.refresh_token!);
    expect(again.refresh_token).toBeTruthy();

    await new Promise((resolve) => setTimeout(resolve, 4200));
    const reused = await failure(oidc.refreshTokenGrant(native, first.refresh_token!));
    expect(reused).toMatchObject({ error: 'invalid_grant', error_description: 'grant request is invalid' });
    expect((reused.cause as Record<string, unknown>).code).toBe('oidc.invalid_grant');
    const revoked = await failure(oidc.refreshTokenGrant(native, second.refresh_token!));
    expect(revoked.error).toBe('invalid_grant');
  });

  it('gives a native app the same refresh token back when the world switches rotation off for it', async () => {
    const off = structuredClone(sandbox.world);
    off.applications.find((a) => a.id === 'tokenscope-native')!.rotateRefreshToken = false;
    await sandbox.applyWorld(off);
    try {
      const first = await signInFor('vera', 'openid offline_access read:products', [PRODUCTS]);
      const second = await oidc.refreshTokenGrant(native, first.refresh_token!, { resource: PRODUCTS });
      expect(second.refresh_token).toBe(first.refresh_token);
      const third = await oidc.refreshTokenGrant(native, first.refresh_token!, { resource: PRODUCTS });
      expect(third.refresh_token).toBe(first.refresh_token);
    } finally {
      const restored = structuredClone(off);
      delete restored.applications.find((a) => a.id === 'tokenscope-native')!.rotateRefreshToken;
      await sandbox.applyWorld(restored);
    }
  });

  it('refuses more scope than was granted with invalid_scope', async () => {
    const tokens = await signInFor('vera', 'openid offline_access read:products', [PRODUCTS]);
    const error = await failure(
      oidc.refreshTokenGrant(native, tokens.refresh_token!, { scope: 'read:products write:orders' }),
    );
    expect(error).toMatchObject({ error: 'invalid_scope', error_description: 'refresh token missing requested scope' });
  });

  it('follows role changes: the next refresh reflects the world now in force', async () => {
    const tokens = await signInFor('vera', 'openid offline_access read:products write:products', [PRODUCTS]);
    const before = await oidc.refreshTokenGrant(native, tokens.refresh_token!, { resource: PRODUCTS });
    expect((await verify(before.access_token, PRODUCTS)).scope).toBe('read:products');
    const promoted = structuredClone(sandbox.world);
    promoted.users.find((u) => u.id === 'vera')!.roles = ['editor'];
    await sandbox.applyWorld(promoted);
    try {
      const after = await oidc.refreshTokenGrant(native, before.refresh_token!, { resource: PRODUCTS });
      expect((await verify(after.access_token, PRODUCTS)).scope).toBe('read:products write:products');
    } finally {
      const restored = structuredClone(promoted);
      restored.users.find((u) => u.id === 'vera')!.roles = ['viewer'];
      await sandbox.applyWorld(restored);
    }
  });
});

describe('sandbox: organization tokens', () => {
  it('gives a member an organization token with their organization-role permissions', async () => {
    const tokens = await signInFor('ada', `${ORG_SCOPES} invite:member manage:billing`, [ORG_RESOURCE]);
    const org = await oidc.refreshTokenGrant(native, tokens.refresh_token!, { organization_id: 'acme' });
    const payload = await verify(org.access_token, 'urn:logto:organization:acme');
    expect(payload).toMatchObject({ sub: 'ada', scope: 'invite:member manage:billing' });
    expect(payload).not.toHaveProperty('organization_id');
    expect(org.refresh_token).toBeTruthy();
  });

  it('keeps scope "" for a member whose organization role has none of the permissions', async () => {
    const tokens = await signInFor('vera', `${ORG_SCOPES} invite:member`, [ORG_RESOURCE]);
    const org = await oidc.refreshTokenGrant(native, tokens.refresh_token!, { organization_id: 'acme' });
    expect((await verify(org.access_token, 'urn:logto:organization:acme')).scope).toBe('');
  });

  it('adds organization_id and uses organization-role API permissions when resource is sent too', async () => {
    const tokens = await signInFor('eddie', `${ORG_SCOPES} read:products write:products`, [PRODUCTS, ORDERS]);
    const org = await oidc.refreshTokenGrant(native, tokens.refresh_token!, {
      organization_id: 'acme',
      resource: PRODUCTS,
    });
    // Eddie's user role has write:products, but in Acme he is a member, whose role carries read:products only.
    expect(await verify(org.access_token, PRODUCTS)).toMatchObject({ organization_id: 'acme', scope: 'read:products' });
  });

  it.each([
    {
      title: 'answers 403 access_denied for a user outside the organization',
      user: 'noah',
      asked: [ORG_SCOPES, [ORG_RESOURCE]] as const,
      refused: { error: 'access_denied', error_description: 'user is not a member of the organization' },
    },
    {
      title: 'answers 403 insufficient_scope when the refresh token lacks the organizations scope',
      user: 'ada',
      asked: ['openid offline_access read:products', [PRODUCTS]] as const,
      refused: { error: 'insufficient_scope', error_description: 'refresh token missing required scope' },
    },
  ])('$title', async ({ user, asked: [scope, resources], refused }) => {
    const tokens = await signInFor(user, scope, [...resources]);
    const error = await failure(oidc.refreshTokenGrant(native, tokens.refresh_token!, { organization_id: 'acme' }));
    expect(error).toMatchObject({ status: 403, ...refused });
  });

  it('gives an M2M app an organization token from its organization roles only', async () => {
    const org = await oidc.clientCredentialsGrant(m2m, {
      organization_id: 'acme',
      resource: PRODUCTS,
      scope: 'read:products write:products',
    });
    // The app's global M2M role has write:products; its Acme role (member) does not.
    expect(await verify(org.access_token, PRODUCTS)).toMatchObject({
      sub: 'tokenscope-m2m',
      organization_id: 'acme',
      scope: 'read:products',
    });
    const plain = await oidc.clientCredentialsGrant(m2m, { organization_id: 'acme' });
    const payload = await verify(plain.access_token, 'urn:logto:organization:acme');
    expect(payload).not.toHaveProperty('scope');
  });

  it('refuses an M2M organization token for an organization the app is not in', async () => {
    const error = await failure(oidc.clientCredentialsGrant(m2m, { organization_id: 'globex' }));
    expect(error).toMatchObject({
      status: 403,
      error: 'access_denied',
      error_description: 'app has not associated with the organization',
    });
  });
});
