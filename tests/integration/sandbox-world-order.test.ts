import { describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { decodeJwt } from 'jose';
import { defaultWorld } from '../../electron/services/sandbox/start-sandbox.js';
import { sandboxForFile } from '../support/sandbox-for-file.js';
import { managementClient, managementToken } from '../support/management-api-calls.js';

const PRODUCTS = 'https://products.tokenscope.test';
const sandbox = sandboxForFile();

async function m2mScope(scope: string) {
  const app = sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!;
  const config = await oidc.discovery(new URL(sandbox.issuer), app.clientId, app.clientSecret, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
  return decodeJwt((await oidc.clientCredentialsGrant(config, { resource: PRODUCTS, scope })).access_token).scope;
}

/** A world that takes longer to build: oidc-provider checks each of its many apps before it serves. */
function slowWorld() {
  const world = defaultWorld();
  for (let i = 0; i < 300; i++)
    world.applications.push({ id: `extra-${i}`, name: `Extra ${i}`, type: 'm2m', secret: `secret-${i}`, roles: [] });
  return world;
}

describe('worlds applied one right after the other', () => {
  it('serve the last one applied, whichever was quicker to build', async () => {
    const last = defaultWorld();
    last.roles.find((r) => r.id === 'inventory-sync')!.permissions[PRODUCTS]!.push('delete:products');
    // Not awaited in between, as an apply from the editor and a Management API write can meet.
    const first = sandbox.applyWorld(slowWorld());
    await sandbox.applyWorld(last);
    await first;
    expect(sandbox.world.applications).toHaveLength(last.applications.length);
    expect(await m2mScope('delete:products')).toBe('delete:products');
  });

  it('"applied" means served: once a call resolves, the next token follows its world', async () => {
    const queued = [slowWorld(), defaultWorld()];
    queued[1]!.roles.find((r) => r.id === 'inventory-sync')!.permissions[PRODUCTS]!.push('delete:products');
    const slow = sandbox.applyWorld(queued[0]!);
    const quick = sandbox.applyWorld(queued[1]!);
    await quick;
    expect(await m2mScope('delete:products')).toBe('delete:products');
    await slow;
  });
});

describe('an apply and a Management API write that meet', () => {
  it('keep both changes: the write works from the world applied before it, not the one served when it arrived', async () => {
    const api = managementClient(sandbox, await managementToken(sandbox, 'tokenscope-admin-script'));
    const edited = slowWorld(); // as the editor applies it; still being built when the write arrives
    const applied = sandbox.applyWorld(edited);
    const write = await api('POST', '/roles', { name: 'Auditor', description: 'Reads the audit log' });
    await applied;
    expect(write.status).toBe(200);
    expect(sandbox.world.roles.map((r) => r.name)).toContain('Auditor');
    expect(sandbox.world.applications).toHaveLength(edited.applications.length);
  });

  it('numbers the worlds it serves, so a caller can tell whether its own is still in force', async () => {
    const api = managementClient(sandbox, await managementToken(sandbox, 'tokenscope-admin-script'));
    const mine = await sandbox.applyWorld(defaultWorld());
    expect(sandbox.worldNumber).toBe(mine);
    expect((await api('POST', '/roles', { name: 'Numbered', description: 'Counts' })).status).toBe(200);
    expect(sandbox.worldNumber).toBe(mine + 1);
  });
});
