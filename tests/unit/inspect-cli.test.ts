import { afterAll, describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../electron/cli/main.js';
import { API, forge, liveClaims, makeIssuer, sign, startIssuerServer } from './inspect-fixtures.js';

const issuer = await makeIssuer();
const server = await startIssuerServer(issuer.jwks);
afterAll(() => server.close());

async function run(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await runCli(['inspect', ...argv], { stdout, stderr, stdin: Readable.from([stdin]), env: {} });
  return { code, out, err };
}

/** `inspect TOKEN` against the test issuer, for the API, requiring `scope`. */
const inspectForApi = (token: string, scope: string, ...more: string[]) =>
  run([token, '--issuer', server.issuer, '--audience', API, '--require-scope', scope, ...more]);

describe('tokenscope inspect, in-process', () => {
  it('prints the promised JSON shape and exits 0 for a good token', async () => {
    const token = await sign(issuer, liveClaims(server.issuer));
    const { code, out } = await inspectForApi(token, 'read:products', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['kind', 'header', 'payload', 'valid', 'verdict', 'checks']);
    expect(json).toMatchObject({ kind: 'access_token', valid: true, header: { alg: 'ES384' }, payload: { aud: API } });
    expect(json.verdict).toMatchObject({ status: 'valid', fix: null });
    for (const c of json.checks) expect(Object.keys(c)).toEqual(['id', 'status', 'message']);
    const ids = json.checks.map((c: { id: string }) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['signature', 'alg', 'kid', 'typ', 'iss', 'aud', 'exp', 'nbf', 'iat', 'scope']),
    );
    expect(json.checks.find((c: { id: string }) => c.id === 'signature').status).toBe('pass');
  });

  it('reads the token from standard input with -', async () => {
    const token = await sign(issuer, liveClaims(server.issuer));
    const { code, out } = await run(['-', '--issuer', server.issuer, '--json'], `${token}\n`);
    expect(code).toBe(0);
    expect(JSON.parse(out).valid).toBe(true);
  });

  it('exits 1 and lists every failure in text form', async () => {
    const token = await sign(issuer, liveClaims(server.issuer, { exp: 1_000_000, aud: 'https://other.example.com' }));
    const { code, out } = await inspectForApi(token, 'delete:products');
    expect(code).toBe(1);
    expect(out).toMatch(/FAIL {2}exp/);
    expect(out).toMatch(/FAIL {2}aud/);
    expect(out).toMatch(/FAIL {2}scope/);
    expect(out).toMatch(/NOT VALID: 3 checks failed/);
  });

  it("discovers the keys from the token's iss when no issuer is given, but calls that not verified", async () => {
    const { code, out } = await run([await sign(issuer, liveClaims(server.issuer)), '--json']);
    const json = JSON.parse(out);
    const checks = json.checks as { id: string; status: string }[];
    expect(checks.find((c) => c.id === 'signature')?.status).toBe('pass');
    expect(checks.find((c) => c.id === 'iss')?.status).toBe('warn');
    // Anyone can run an issuer and name it in iss: only an issuer the user names is trusted.
    expect(json.verdict.status).toBe('not_verified');
    expect(json.verdict.fix).toContain(`--issuer ${server.issuer}`);
    expect(code).toBe(1);
  });

  it('fails the signature, not the command, when the issuer cannot be reached', async () => {
    const { code, out } = await run([await sign(issuer, liveClaims('http://127.0.0.1:9/oidc')), '--json']);
    expect(code).toBe(1);
    const signature = JSON.parse(out).checks.find((c: { id: string }) => c.id === 'signature');
    expect(signature).toMatchObject({ status: 'fail' });
    expect(signature.message).toMatch(/Could not reach/);
  });

  it('refuses a remote issuer over plain http', async () => {
    const { code, out } = await run([await sign(issuer, liveClaims('http://issuer.example.com/oidc')), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out).checks.find((c: { id: string }) => c.id === 'signature').message).toMatch(/must use https/);
  });

  const forgedEs256 = forge({ alg: 'ES256' }, { sub: 'x' }, 'c2ln');
  const deeplyNested = `${forge({ alg: 'ES256' }, {}).split('.')[0]}.${Buffer.from(`{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`).toString('base64url')}.c2ln`;

  it.each<[string, string[], string, RegExp]>([
    [
      'a forged ES256 token with no iss',
      [forgedEs256],
      '',
      /NOT VERIFIED: Not verified: the issuer's keys are not known[\s\S]*Fix: Give the issuer/,
    ],
    ['5 MB of A on standard input', ['-'], 'A'.repeat(5 * 1024 * 1024), /over the limit of 64 KB/],
    ['5 MB of A as an argument', ['A'.repeat(5 * 1024 * 1024)], '', /over the limit of 64 KB/],
    ['a payload nested 10,000 levels', ['-'], deeplyNested, /nested deeper than 32 levels/],
    [
      'an opaque token checked for an audience and a scope',
      ['-', '--audience', API, '--require-scope', 'read:products'],
      'o'.repeat(43),
      /NOT VERIFIED:[\s\S]*introspection/,
    ],
  ])('exits 1 on %s, and says why', async (_name, argv, stdin, message) => {
    const { code, out, err } = await run(argv, stdin);
    expect(err).toBe('');
    expect(out).toMatch(message);
    expect(code).toBe(1);
    const json = JSON.parse((await run([...argv, '--json'], stdin)).out);
    expect(json.valid).toBe(false);
    expect(json.verdict.status).not.toBe('valid');
  });

  it('decodes only when asked: exit 0, and says it was not verified', async () => {
    const { code, out } = await run([forgedEs256, '--decode-only']);
    expect(code).toBe(0);
    expect(out).toMatch(/DECODED ONLY, NOT VERIFIED/);
    expect(out).toMatch(/"sub": "x"/);
    const json = JSON.parse((await run([forgedEs256, '--decode-only', '--json'])).out);
    expect(json).toMatchObject({ valid: false, verdict: { status: 'not_verified' }, payload: { sub: 'x' } });
    // Still 1 for what cannot be decoded at all.
    expect((await run(['-', '--decode-only'], 'A'.repeat(5 * 1024 * 1024))).code).toBe(1);
  });

  it.each([
    [[]],
    [['a', 'b']],
    [['tok', '--clock-skew', 'soon']],
    [['tok', '--clock-skew', '-5']],
    [['tok', '--unknown']],
    [['tok', '--issuer', 'not a url']],
    [['-']],
  ])('exits 2 on bad usage: %j', async (argv) => {
    const { code, err } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(/Usage: tokenscope inspect/);
  });
});

describe('node bin/tokenscope.js inspect', () => {
  const bin = fileURLToPath(new URL('../../bin/tokenscope.js', import.meta.url));
  const exec = (args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      // Asynchronous on purpose: the issuer server lives in this process and must keep answering.
      const child = spawn(process.execPath, [bin, 'inspect', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
    });

  it('exits 1, never crashes, on 5 MB of A and on a deeply nested payload through a real pipe', async () => {
    const pipe = (input: string) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'inspect', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.stderr.on('data', (chunk) => (err += chunk));
        // The command stops reading past the limit; a write after that may meet a closed pipe.
        child.stdin.on('error', () => undefined);
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, out, err }));
        child.stdin.end(input);
      });
    const big = await pipe('A'.repeat(5 * 1024 * 1024));
    expect(big).toMatchObject({ code: 1, err: '' });
    expect(big.out).toMatch(/over the limit of 64 KB/);
    const deep = await pipe(
      `${forge({ alg: 'ES256' }, {}).split('.')[0]}.${Buffer.from(`{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`).toString('base64url')}.c2ln`,
    );
    expect(deep).toMatchObject({ code: 1, err: '' });
    expect(deep.out).toMatch(/nested deeper than 32 levels/);
  }, 30_000);

  it('exits 0, 1 and 2 as documented', async () => {
    const good = await sign(issuer, liveClaims(server.issuer));
    const [ok, failed, usage] = await Promise.all([
      exec([good, '--issuer', server.issuer, '--audience', API, '--json']),
      exec([forge({ alg: 'none', typ: 'at+jwt' }, liveClaims(server.issuer), ''), '--issuer', server.issuer]),
      exec(['--clock-skew', 'x']),
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).valid).toBe(true);
    expect(failed.code).toBe(1);
    expect(usage.code).toBe(2);
  }, 30_000);
});
