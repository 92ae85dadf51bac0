import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { defaultWorld, startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import { sandboxForFile } from '../support/sandbox-for-file.js';
import { WorldError } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { WORLD_LIMITS } from '../../shared/sandbox/world-limits.js';
import { worldWithUsers } from '../support/large-world.js';

const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));
const PRODUCTS = 'https://products.tokenscope.test';

const sandbox = sandboxForFile();

async function m2mToken(scope: string) {
  const app = sandbox.clients.find((c) => c.kind === 'm2m')!;
  const config = await oidc.discovery(new URL(sandbox.issuer), app.clientId, app.clientSecret, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
  const tokens = await oidc.clientCredentialsGrant(config, { resource: PRODUCTS, scope });
  const jwks = createRemoteJWKSet(new URL(`${sandbox.issuer}/jwks`));
  const { payload } = await jwtVerify(tokens.access_token, jwks, { issuer: sandbox.issuer, audience: PRODUCTS });
  return { payload, header: decodeProtectedHeader(tokens.access_token) };
}

describe('sandbox worlds', () => {
  it('applies a new world to the next token without a restart', async () => {
    expect((await m2mToken('delete:products')).payload).not.toHaveProperty('scope');
    const world = defaultWorld();
    world.roles.find((r) => r.id === 'inventory-sync')!.permissions[PRODUCTS]!.push('delete:products');
    await sandbox.applyWorld(world);
    expect((await m2mToken('delete:products')).payload.scope).toBe('delete:products');
  });

  it('keeps the old world when the new one is invalid', async () => {
    const before = sandbox.world;
    const broken = defaultWorld();
    broken.applications[0]!.roles = ['no-such-role'];
    await expect(sandbox.applyWorld(broken)).rejects.toBeInstanceOf(WorldError);
    expect(sandbox.world).toBe(before);
    expect((await m2mToken('delete:products')).payload.scope).toBe('delete:products');
  });

  it('signs with RS256 when the world asks for an RSA key, and keeps serving the EC key in the JWKS', async () => {
    await sandbox.applyWorld({ ...defaultWorld(), signingKey: 'RSA' });
    const { header } = await m2mToken('read:products');
    expect(header.alg).toBe('RS256');
    const jwks = (await (await fetch(`${sandbox.issuer}/jwks`)).json()) as { keys: { kty: string; d?: string }[] };
    expect(jwks.keys.map((k) => k.kty).sort()).toEqual(['EC', 'RSA']);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  it('refuses an invalid world at start', async () => {
    const broken = defaultWorld();
    broken.defaultResource = 'https://nowhere.tokenscope.test';
    await expect(startSandbox({ world: broken })).rejects.toThrow(/defaultResource.*not one of the API resources/);
  });
});

describe('tokenscope sandbox --world', () => {
  it('exits 1 naming the line of a bad world file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenscope-world-'));
    const file = join(dir, 'world.yaml');
    const text = DEFAULT_WORLD_YAML.replace('    roles: [editor]', '    roles: [editr]');
    writeFileSync(file, text);
    const result = spawnSync(process.execPath, ['bin/tokenscope.js', 'sandbox', '--json', '--world', file], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      timeout: 20_000,
    });
    const line = text.split('\n').findIndex((l) => l.includes('[editr]')) + 1;
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`line ${line}`);
    expect(result.stderr).toContain('no role has the id "editr"');
  });

  it('refuses a world over the size limit before parsing it, with the limit and what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenscope-world-'));
    const file = join(dir, 'big-world.yaml');
    // A real world, just too large: 25,000 users is more than the limit in bytes as well as in users.
    const text = worldWithUsers(25_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(WORLD_LIMITS.bytes);
    writeFileSync(file, text);
    const result = spawnSync(process.execPath, ['bin/tokenscope.js', 'sandbox', '--json', '--world', file], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      // Parsing this file takes several seconds and hundreds of MB: a refusal by size takes neither.
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file} is not a valid sandbox world:`);
    expect(result.stderr).toContain(`the world is ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
    expect(result.stderr).toContain('the sandbox takes at most 4,194,304 bytes (4.0 MB) (20,000 users)');
    expect(result.stderr).toContain('Remove users, apps or roles a test does not need');
  });
});
