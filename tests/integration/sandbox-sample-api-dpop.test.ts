import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { decodeJwt } from 'jose';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import type { World } from '../../shared/sandbox/world.js';

const PRODUCTS = 'https://products.tokenscope.test';

let sandbox: SandboxHandle;
let config: oidc.Configuration;
/** The DPoP header of the last request openid-client sent, and the answer it got. */
let lastProof: string | undefined;

beforeAll(async () => {
  sandbox = await startSandbox();
  const m2m = sandbox.clients.find((c) => c.kind === 'm2m')!;
  config = await oidc.discovery(new URL(sandbox.issuer), m2m.clientId, m2m.clientSecret, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
  config[oidc.customFetch] = (url, init) => {
    lastProof = new Headers(init.headers).get('dpop') ?? undefined;
    return fetch(url, init as RequestInit);
  };
});

afterAll(async () => {
  await sandbox?.close();
});

async function boundToken(): Promise<{ token: string; handle: oidc.DPoPHandle }> {
  const handle = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair('ES256'));
  const tokens = await oidc.clientCredentialsGrant(
    config,
    { resource: PRODUCTS, scope: 'read:products' },
    { DPoP: handle },
  );
  expect(tokens.token_type.toLowerCase()).toBe('dpop');
  expect(decodeJwt(tokens.access_token).cnf).toHaveProperty('jkt');
  return { token: tokens.access_token, handle };
}

async function withProductsSwitches(switches: Partial<World['resources'][number]>, body: () => Promise<void>) {
  const original = structuredClone(sandbox.world);
  const world = structuredClone(original);
  Object.assign(
    world.resources.find((r) => r.indicator === PRODUCTS)!,
    switches,
  );
  await sandbox.applyWorld(world);
  try {
    await body();
  } finally {
    await sandbox.applyWorld(original);
  }
}

const productsUrl = () => new URL(`${sandbox.origin}/sample-api/products`);

describe('sandbox sample API: DPoP (RFC 9449 §7)', () => {
  it('refuses a DPoP-bound token sent as Bearer: a stolen bound token is useless without its key', async () => {
    const { token } = await boundToken();
    const res = await fetch(productsUrl(), { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
    const challenge = res.headers.get('www-authenticate') ?? '';
    expect(challenge).toMatch(/^DPoP /);
    expect(challenge).toContain('error="invalid_token"');
    expect(challenge).toContain('resource_metadata="');
    expect(((await res.json()) as { check: string }).check).toBe('dpop-scheme');
  });

  it('checks the binding before the permission: a bound token as Bearer is 401, not 403, even lacking the scope', async () => {
    const { token } = await boundToken();
    const res = await fetch(`${productsUrl()}/p-1`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { check: string }).check).toBe('dpop-scheme');
  });

  it('serves the bound token with a proof of its key (openid-client as the client)', async () => {
    const { token, handle } = await boundToken();
    const res = await oidc.fetchProtectedResource(config, token, productsUrl(), 'GET', undefined, undefined, {
      DPoP: handle,
    });
    expect(res.status).toBe(200);
  });

  it('refuses the same proof sent twice (jti replay, RFC 9449 §11.1)', async () => {
    const { token, handle } = await boundToken();
    await oidc.fetchProtectedResource(config, token, productsUrl(), 'GET', undefined, undefined, { DPoP: handle });
    const res = await fetch(productsUrl(), { headers: { authorization: `DPoP ${token}`, dpop: lastProof! } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_dpop_proof"');
    expect(((await res.json()) as { check: string }).check).toBe('dpop-jti');
  });

  it('with dpopBoundAccessTokensRequired, refuses an unbound token and advertises DPoP only', async () => {
    const bearer = (await oidc.clientCredentialsGrant(config, { resource: PRODUCTS, scope: 'read:products' }))
      .access_token;
    await withProductsSwitches({ dpopBoundAccessTokensRequired: true }, async () => {
      const refused = await fetch(productsUrl(), { headers: { authorization: `Bearer ${bearer}` } });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^DPoP .*error="invalid_token"/);
      const anonymous = await fetch(productsUrl());
      expect(anonymous.headers.get('www-authenticate')).toMatch(
        /^DPoP realm=".*", algs=".*ES256.*", resource_metadata=/,
      );
      const { token, handle } = await boundToken();
      const res = await oidc.fetchProtectedResource(config, token, productsUrl(), 'GET', undefined, undefined, {
        DPoP: handle,
      });
      expect(res.status).toBe(200);
    });
  });

  it('with dpopNonce, answers use_dpop_nonce with a DPoP-Nonce, and a proof with it passes (RFC 9449 §9)', async () => {
    await withProductsSwitches({ dpopNonce: true }, async () => {
      const { token, handle } = await boundToken();
      const proofs: string[] = [];
      const answers: Response[] = [];
      const recordLastProof = config[oidc.customFetch]!;
      config[oidc.customFetch] = async (url, init) => {
        proofs.push(new Headers(init.headers).get('dpop') ?? '');
        const res = await fetch(url, init as RequestInit);
        answers.push(res.clone());
        return res;
      };
      try {
        const res = await oidc.fetchProtectedResource(config, token, productsUrl(), 'GET', undefined, undefined, {
          DPoP: handle,
        });
        expect(res.status).toBe(200);
      } finally {
        config[oidc.customFetch] = recordLastProof;
      }
      // openid-client sends a proof without a nonce, reads the answer's DPoP-Nonce, and retries once with it.
      expect(answers.map((a) => a.status)).toEqual([401, 200]);
      expect(answers[0]!.headers.get('www-authenticate')).toMatch(/^DPoP .*error="use_dpop_nonce"/);
      const nonce = answers[0]!.headers.get('dpop-nonce');
      expect(nonce).toEqual(expect.any(String));
      expect(decodeJwt(proofs[0]!).nonce).toBeUndefined();
      expect(decodeJwt(proofs[1]!).nonce).toBe(nonce);
    });
  });
});
