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

describe('tokenscope inspect, in-process', () => {
  it('prints the promised JSON shape and exits 0 for a good token', async () => {
    const token = await sign(issuer, liveClaims(server.issuer));
    const { code, out } = await run([token, '--issuer', server.issuer, '--audience', API, '--require-scope', 'read:products', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['kind', 'header', 'payload', 'valid', 'checks']);
    expect(json).toMatchObject({ kind: 'access_token', valid: true, header: { alg: 'ES384' }, payload: { aud: API } });
    for (const c of json.checks) expect(Object.keys(c)).toEqual(['id', 'status', 'message']);
    const ids = json.checks.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['signature', 'alg', 'kid', 'typ', 'iss', 'aud', 'exp', 'nbf', 'iat', 'scope']));
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
    const { code, out } = await run([token, '--issuer', server.issuer, '--audience', API, '--require-scope', 'delete:products']);
    expect(code).toBe(1);
    expect(out).toMatch(/FAIL {2}exp/);
    expect(out).toMatch(/FAIL {2}aud/);
    expect(out).toMatch(/FAIL {2}scope/);
    expect(out).toMatch(/NOT VALID: 3 checks failed/);
  });

  it('discovers the keys from the token\'s iss when no issuer is given, and warns about it', async () => {
    const { code, out } = await run([await sign(issuer, liveClaims(server.issuer)), '--json']);
    const checks = JSON.parse(out).checks as { id: string; status: string }[];
    expect(checks.find((c) => c.id === 'signature')?.status).toBe('pass');
    expect(checks.find((c) => c.id === 'iss')?.status).toBe('warn');
    expect(code).toBe(0);
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
