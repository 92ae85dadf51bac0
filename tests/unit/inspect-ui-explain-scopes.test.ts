import { describe, expect, it } from 'vitest';
import { createInspectApi } from '../../electron/services/api/inspect-api.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';

const ISSUER = 'http://127.0.0.1:5999/oidc';
const PRODUCTS = 'https://products.tokenscope.test';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
// explainScopes only reads claims (the inspector verifies), so an unsigned token is enough here.
const tokenOf = (payload: object) => `${part({ alg: 'ES384', typ: 'at+jwt' })}.${part(payload)}.`;
const m2mToken = (iss: string) =>
  tokenOf({ iss, aud: PRODUCTS, sub: 'tokenscope-m2m', client_id: 'tokenscope-m2m', scope: 'read:products' });

const sandbox = { issuer: ISSUER, world: defaultWorld() } as unknown as SandboxHandle;
const request = { resources: [PRODUCTS], scopes: ['read:products', 'delete:products'] };
const reasonOf = (diff: Awaited<ReturnType<ReturnType<typeof createInspectApi>['explainScopes']>>, scope: string) =>
  diff.resources.flatMap((r) => r.rows).find((row) => row.scope === scope)?.reason;

describe('explainScopes', () => {
  it("gives the sandbox's exact reason for a sandbox token: the M2M app has no role with delete:products", async () => {
    const diff = await createInspectApi(() => sandbox).explainScopes({
      token: m2mToken(ISSUER),
      request,
      grantedScope: 'read:products',
    });
    expect(reasonOf(diff, 'delete:products')).toMatchObject({ code: 'no-role', certainty: 'exact' });
    expect(reasonOf(diff, 'read:products')).toBeUndefined();
    expect(diff.summary).toContain('missing delete:products');
  });

  it('says "likely" for a token from another issuer, and when the sandbox is not running', async () => {
    const other = await createInspectApi(() => sandbox).explainScopes({
      token: m2mToken('https://tenant.logto.app/oidc'),
      request,
    });
    expect(reasonOf(other, 'delete:products')).toMatchObject({ code: 'no-role', certainty: 'likely' });
    const stopped = await createInspectApi(() => ({ error: 'port in use' })).explainScopes({
      token: m2mToken(ISSUER),
      request,
    });
    expect(reasonOf(stopped, 'delete:products')?.certainty).toBe('likely');
  });

  it('refuses the sandbox comparison with what to do when the sandbox is not running', async () => {
    await expect(createInspectApi(() => ({ error: 'port in use' })).compareSandboxPatAndM2m({})).rejects.toThrow(
      /not running \(port in use\).*Sandbox view/,
    );
  });
});
