import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'yaml';
import { runCli } from '../../electron/cli/main.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';
import type { World } from '../../shared/sandbox/world.js';
import type { DoctorResult } from '../../shared/doctor/doctor-result.js';

const ADMIN = 'tokenscope-admin-script';
const ADMIN_SECRET = 'sandbox-admin-secret-not-for-production';

/** The default world, made sick: a public SPA that may exchange PATs (an error) and a permission no role grants. */
function sickWorld(): World {
  const world = defaultWorld();
  world.applications.push({
    id: 'open-spa',
    name: 'Open SPA',
    type: 'spa',
    allowTokenExchange: true,
    redirectUris: ['http://localhost:5174/cb'],
  });
  world.resources[0]!.permissions.push({ name: 'export:products' });
  return world;
}

async function doctor(args: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (chunk) => (out += chunk));
  const code = await runCli(['doctor', ...args], { stdout, stderr, stdin: Readable.from([]), env });
  return { code, out, json: args.includes('--json') ? (JSON.parse(out) as DoctorResult) : undefined };
}

const shape = (result: DoctorResult | undefined) =>
  result?.report?.findings.map((f) => [f.rule, f.severity, f.objects.map((o) => o.id)]);

let healthy: SandboxHandle;
let sick: SandboxHandle;
let dir: string;
beforeAll(async () => {
  [healthy, sick] = await Promise.all([startSandbox({ port: 0 }), startSandbox({ port: 0, world: sickWorld() })]);
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-doctor-'));
});
afterAll(async () => {
  await Promise.all([healthy?.close(), sick?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('tokenscope doctor', () => {
  it('the default world: warnings and a note, no error, exit 0; the same read over HTTP from the sandbox', async () => {
    const local = await doctor(['--json']);
    expect(local.code).toBe(0);
    expect(local.json?.verdict).toBe('ok');
    const remote = await doctor(['--endpoint', healthy.origin, '--client-id', ADMIN, '--json'], {
      TOKENSCOPE_CLIENT_SECRET: ADMIN_SECRET,
    });
    expect(remote.code).toBe(0);
    expect(remote.json?.report?.source).toMatch(/^the tenant http:\/\/127\.0\.0\.1:\d+ \(read at /);
    expect(shape(remote.json)).toEqual(shape(local.json));
    expect(shape(remote.json)?.map(([rule]) => rule)).toEqual([
      'm2m-management-api-all',
      'token-exchange-on',
      'user-without-api-role',
    ]);
  });

  it('a world with an error exits 1, from the file and from the sandbox serving it, with the same findings', async () => {
    const file = join(dir, 'sick.yaml');
    await writeFile(file, stringify(sickWorld()));
    const fromFile = await doctor(['--world', file, '--json']);
    const overHttp = await doctor(['--endpoint', sick.origin, '--client-id', ADMIN, '--json'], {
      TOKENSCOPE_CLIENT_SECRET: ADMIN_SECRET,
    });
    for (const run of [fromFile, overHttp]) {
      expect(run.code).toBe(1);
      expect(run.json?.verdict).toBe('errors');
      expect(run.json?.report?.findings[0]).toMatchObject({ rule: 'token-exchange-on', severity: 'error' });
    }
    expect(shape(overHttp.json)).toEqual(shape(fromFile.json));
    expect(shape(fromFile.json)).toContainEqual([
      'permission-no-role-grants',
      'warning',
      ['https://products.tokenscope.test export:products'],
    ]);
  });

  it('prints each finding with why and fix', async () => {
    const { out, code } = await doctor(['--world', join(dir, 'sick.yaml')]);
    expect(code).toBe(1);
    expect(out).toMatch(/^10 checks on the sandbox world: 1 error\(s\)/);
    expect(out).toMatch(/✗ error {2}Open SPA may exchange personal access tokens and is a public client\n/);
    expect(out).toMatch(/Why: A public client has no secret/);
    expect(out).toMatch(/Fix: Switch token exchange off for Open SPA/);
  });

  it('fails closed: a tenant that cannot be read is "not verified", exit 1, with the fix', async () => {
    const wrong = await doctor(['--endpoint', healthy.origin, '--client-id', ADMIN], {
      TOKENSCOPE_CLIENT_SECRET: 'not-the-secret',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/^Not verified: [^]*secret of tokenscope-admin-script is wrong/);
    expect(wrong.out).toMatch(/\n {2}Fix: /);
    const forbidden = await doctor(['--endpoint', healthy.origin, '--client-id', 'tokenscope-m2m', '--json'], {
      TOKENSCOPE_CLIENT_SECRET: 'sandbox-m2m-secret-not-for-production',
    });
    expect(forbidden.code).toBe(1);
    expect(forbidden.json).toMatchObject({ verdict: 'not-verified', problem: { kind: 'forbidden' } });
    expect(forbidden.json?.report).toBeUndefined();
  });

  it('refuses a secret in an argument and an endpoint without its app', async () => {
    await expect(doctor(['--endpoint', healthy.origin, '--client-secret', 'x'])).resolves.toMatchObject({ code: 2 });
    await expect(doctor(['--endpoint', healthy.origin])).resolves.toMatchObject({ code: 2 });
    await expect(doctor(['--endpoint', 'http://example.com', '--client-id', 'a'])).resolves.toMatchObject({ code: 2 });
  });
});
