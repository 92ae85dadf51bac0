import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, type JWK } from 'jose';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { runCli } from '../support/run-cli.js';

const PRODUCTS = 'https://products.tokenscope.test';
const M2M = 'tokenscope-m2m';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** `tokenscope token ...args` with only `env` besides PATH. */
const tokenscope = (args: string[], env: Record<string, string> = {}) => runCli(['token', ...args], { env });

let sandbox: SandboxHandle;
let dir: string;
let privateJwk: JWK;
let pem: string;

// RFC 7523 §2.2 from the command line: the M2M app is registered with our public key, and `tokenscope token`
// signs its client assertion with the private key from a file or the environment, never from an argument.
beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  privateJwk = { ...(await exportJWK(privateKey)), alg: 'ES256', kid: 'cli-key-1' };
  pem = await exportPKCS8(privateKey);
  const world = defaultWorld();
  const app = world.applications.find((a) => a.id === M2M)!;
  delete app.secret;
  app.tokenEndpointAuthMethod = 'private_key_jwt';
  const publicJwk = await exportJWK(publicKey);
  // A PEM names no kid: Tokenscope signs with its RFC 7638 thumbprint, the kid the app shows to register.
  const thumbprint = await calculateJwkThumbprint(publicJwk);
  app.jwks = {
    keys: [
      { ...publicJwk, alg: 'ES256', kid: 'cli-key-1', use: 'sig' },
      { ...publicJwk, alg: 'ES256', kid: thumbprint, use: 'sig' },
    ] as never,
  };
  sandbox = await startSandbox({ port: 0, world });
  dir = await mkdtemp(join(tmpdir(), 'tokenscope-pkjwt-'));
});

afterAll(async () => {
  await sandbox?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const base = () => [
  '--issuer',
  sandbox.issuer,
  '--client-id',
  M2M,
  '--grant',
  'client_credentials',
  '--resource',
  PRODUCTS,
  '--scope',
  'read:products',
  '--auth-method',
  'private_key_jwt',
  '--json',
];

describe('tokenscope token --auth-method private_key_jwt', { timeout: 90_000 }, () => {
  it('signs the assertion with a JWK from --private-key-file; no secret, no key in the output', async () => {
    const file = join(dir, 'key.jwk.json');
    await writeFile(file, JSON.stringify(privateJwk), { mode: 0o600 });
    const run = await tokenscope([...base(), '--private-key-file', file]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      ok: true,
      accessToken: { payload: { sub: M2M, aud: PRODUCTS, scope: 'read:products' } },
    });
    const token = out.timeline.find((e: { step: string }) => e.step === 'token');
    const sent = new URLSearchParams(token.requestBody);
    expect(sent.get('client_assertion_type')).toBe(JWT_BEARER);
    expect(token.requestHeaders.authorization).toBeUndefined();
    expect(run.stdout + run.stderr).not.toContain(String(privateJwk.d));
  });

  it('takes a PEM from TOKENSCOPE_PRIVATE_KEY', async () => {
    const run = await tokenscope(base(), { TOKENSCOPE_PRIVATE_KEY: pem });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).accessToken.payload).toMatchObject({ sub: M2M, aud: PRODUCTS });
    expect(run.stdout + run.stderr).not.toContain(pem.split('\n')[1]!);
  });

  it('is refused with invalid_client, explained, when signed with another key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const stranger = { ...(await exportJWK(privateKey)), alg: 'ES256', kid: 'cli-key-1' };
    const run = await tokenscope(base(), { TOKENSCOPE_PRIVATE_KEY: JSON.stringify(stranger) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401 invalid_client/);
    expect(run.stderr).toMatch(/public key registered for tokenscope-m2m/);
  });

  it('refuses a key given as an argument, and asks for the key when none is given', async () => {
    const argument = await tokenscope([...base(), '--private-key', JSON.stringify(privateJwk)]);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toMatch(/secrets never go in arguments/);
    expect(argument.stderr).not.toContain(String(privateJwk.d));
    const none = await tokenscope(base());
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--private-key-file FILE or TOKENSCOPE_PRIVATE_KEY/);
    const bad = await tokenscope(base(), { TOKENSCOPE_PRIVATE_KEY: 'not a key' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/JWK \(JSON\) or a PKCS#8 PEM/);
  });

  it('lists the method and where the key comes from in --help', async () => {
    const help = await tokenscope(['--help']);
    expect(help.stdout).toMatch(/private_key_jwt/);
    expect(help.stdout).toMatch(/--private-key-file/);
    expect(help.stdout).toMatch(/TOKENSCOPE_PRIVATE_KEY/);
    expect(help.stdout).toMatch(/never an argument/);
  });
});
