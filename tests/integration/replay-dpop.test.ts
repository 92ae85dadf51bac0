import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngineWithSandbox, type EngineWithSandbox } from '../support/engine-with-sandbox.js';
import { createReplayApi } from '../../electron/services/replay/replay-api.js';
import { inspectToken } from '../../electron/services/inspect/inspect-token.js';
import { dpopKeyThumbprint } from '../../electron/services/flows/dpop.js';
import type { ReplayApi } from '../../shared/contract/methods/replay-methods.js';

const PRODUCTS = 'https://products.tokenscope.test';

let fixture: EngineWithSandbox;
let replay: ReplayApi;
let dir: string;

beforeAll(async () => {
  fixture = await startEngineWithSandbox();
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-replay-dpop-'));
  replay = createReplayApi({
    dataDir: dir,
    dpopKeyFor: (token) => fixture.engine.runs.holdingAccessToken(token)?.dpopKey,
  });
});

afterAll(async () => {
  await fixture?.close();
  await rm(dir, { recursive: true, force: true });
});

async function dpopRun() {
  const result = await fixture.m2mClientCredentials({ resources: [PRODUCTS], scope: 'read:products', dpop: true });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { token: String(result.tokenResponse.access_token), runId: result.runId! };
}

const get = (token: string, sendAs?: 'auto' | 'bearer') =>
  replay.sendApiRequest({
    request: { method: 'GET', url: `${fixture.sandbox.origin}/sample-api/products?page=1`, headers: [] },
    token: { kind: 'token', token },
    ...(sendAs ? { sendAs } : {}),
  });

describe("replay proves the run's DPoP key (RFC 9449 §7.1)", () => {
  it("sends a DPoP-bound token with a proof of its run's key, and the API serves it", async () => {
    const { token, runId } = await dpopRun();
    const { entry } = await get(token);
    expect(entry.response?.status).toBe(200);
    expect(entry.response?.sentAs).toBe('DPoP');
    const key = fixture.engine.runs.get(runId)!.dpopKey!;
    expect(entry.response?.dpop).toEqual({ jkt: await dpopKeyThumbprint(key), retriedWithNonce: false });
    // A second call makes a new proof (a replayed one would be refused for its jti).
    expect((await get(token)).entry.response?.status).toBe(200);
  });

  it('the same token forced as Bearer is refused, and the explanation says why', async () => {
    const { token } = await dpopRun();
    const { entry } = await get(token, 'bearer');
    expect(entry.response?.status).toBe(401);
    expect(entry.response?.sentAs).toBe('Bearer');
    expect(entry.response?.explanations[0]).toMatchObject({
      scheme: 'DPoP',
      error: 'invalid_token',
      title: 'A DPoP-bound token was sent as Bearer (invalid_token)',
      resourceMetadata: `${fixture.sandbox.origin}/.well-known/oauth-protected-resource/sample-api/products`,
    });
  });

  it("retries once with the API's DPoP-Nonce, then remembers it for the next call (RFC 9449 §9)", async () => {
    const original = structuredClone(fixture.sandbox.world);
    const world = structuredClone(original);
    world.resources.find((r) => r.indicator === PRODUCTS)!.dpopNonce = true;
    await fixture.sandbox.applyWorld(world);
    try {
      const { token } = await dpopRun();
      const first = (await get(token)).entry.response!;
      expect([first.status, first.dpop?.retriedWithNonce]).toEqual([200, true]);
      const next = (await get(token)).entry.response!;
      expect([next.status, next.dpop?.retriedWithNonce]).toEqual([200, false]);
    } finally {
      await fixture.sandbox.applyWorld(original);
    }
  });

  it('a token no run holds goes as Bearer and is refused; history keeps no token nor proof', async () => {
    const { token } = await dpopRun();
    const stranger = createReplayApi({ dataDir: dir, dpopKeyFor: () => undefined });
    const { entry } = await stranger.sendApiRequest({
      request: { method: 'GET', url: `${fixture.sandbox.origin}/sample-api/products`, headers: [] },
      token: { kind: 'token', token },
    });
    expect([entry.response?.status, entry.response?.sentAs]).toEqual([401, 'Bearer']);
    const files = await readdir(join(dir, 'workspaces', 'history'));
    const written = (await Promise.all(files.map((f) => readFile(join(dir, 'workspaces', 'history', f), 'utf8')))).join(
      '',
    );
    expect(written).toContain('sample-api/products');
    expect(written).not.toContain(token);
    expect(written).not.toMatch(/dpop\+jwt|"d":"/);
  });

  it("the inspector checks cnf.jkt against the run's key, and warns for a key it does not hold", async () => {
    const { token, runId } = await dpopRun();
    const jkt = await dpopKeyThumbprint(fixture.engine.runs.get(runId)!.dpopKey!);
    const held = await inspectToken({ token, issuer: fixture.sandbox.issuer, heldDpopKey: { jkt } });
    expect(held.checks.find((c) => c.id === 'cnf')).toMatchObject({ status: 'pass' });
    const pasted = await inspectToken({ token, issuer: fixture.sandbox.issuer, heldDpopKey: {} });
    expect(pasted.checks.find((c) => c.id === 'cnf')).toMatchObject({ status: 'warn' });
    expect(pasted.checks.find((c) => c.id === 'cnf')!.message).toMatch(/refused/);
  });
});
