// Issue 13: a run's token is inspected by the run's id on the main side, which holds it, against the real sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServices, type AppServices } from '../../electron/services/app-services.js';
import { SANDBOX_CONNECTION_ID } from '../../electron/services/connections/sandbox-connection.js';

const PRODUCTS = 'https://products.tokenscope.test';

describe("inspectRun: a run's token checked where it arrived", () => {
  let services: AppServices;

  beforeAll(async () => {
    services = await startAppServices({
      shell: 'browser-host',
      dataDir: mkdtempSync(join(tmpdir(), 'tokenscope-inspect-run-')),
    });
  });
  afterAll(() => services?.close());

  /** The sandbox's M2M app asks for a products token through the contract. */
  async function productsTokenOfM2m() {
    const m2m = services.sandbox!.clients.find((c) => c.kind === 'm2m')!;
    return services.api.runClientCredentials({
      connectionId: SANDBOX_CONNECTION_ID,
      clientId: m2m.clientId,
      resources: [PRODUCTS],
      scope: 'read:products',
    });
  }

  it('gives the same analysis as inspectToken with the token, without the token', async () => {
    const result = await productsTokenOfM2m();
    if (!result.ok || !result.runId) throw new Error('the sandbox gave no token');
    const options = { expectedAudience: PRODUCTS, requiredScopes: ['read:products'], clockSkewSeconds: 0 };
    const byRun = await services.api.inspectRun({ runId: result.runId, issuer: result.issuer, ...options });
    const byValue = await services.api.inspectToken({
      token: String(result.tokenResponse.access_token),
      issuer: result.issuer,
      ...options,
    });
    expect(byRun.valid).toBe(true);
    expect(byRun.checks.map((c) => [c.id, c.status])).toEqual(byValue.checks.map((c) => [c.id, c.status]));
    // Asked again of the same run with other options, it answers as inspectToken does with them.
    for (const other of [{ issuer: result.issuer, expectedAudience: 'https://other.test' }, options]) {
      const again = await services.api.inspectRun({ runId: result.runId, ...other });
      const same = await services.api.inspectToken({ token: String(result.tokenResponse.access_token), ...other });
      expect([again.valid, again.verdict.status]).toEqual([same.valid, same.verdict.status]);
      expect(again.valid).toBe(false);
    }
  });

  it('a run it no longer holds, or a token the run never got, is refused with what to do', async () => {
    await expect(services.api.inspectRun({ runId: 'run-gone' })).rejects.toThrow(
      /no longer holds run.*paste the token/,
    );
    const result = await productsTokenOfM2m();
    await expect(services.api.inspectRun({ runId: result.runId!, which: 'id_token' })).rejects.toThrow(
      /received no ID token/,
    );
  });
});
