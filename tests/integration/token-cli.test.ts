import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { runCli, type CliOptions, type CliRun } from '../support/run-cli.js';
import { signIn } from './sandbox-sign-in.js';
import { confirmDeviceCode } from './sandbox-device-sign-in.js';

const PRODUCTS = 'https://products.tokenscope.test';
const PAT = 'pat_SandboxEddieLaptopScript00000001';

let sandbox: SandboxHandle;
let m2mSecret: string;
let webSecret: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  m2mSecret = sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!.clientSecret!;
  webSecret = sandbox.clients.find((c) => c.clientId === 'tokenscope-web')!.clientSecret!;
});

afterAll(() => sandbox?.close());

/** `tokenscope token --issuer <the sandbox> --client-id <app> --grant <grant> ...args`. */
function token(app: string, grant: string, args: string[] = [], options: CliOptions = {}): Promise<CliRun> {
  return runCli(['token', '--issuer', sandbox.issuer, '--client-id', app, '--grant', grant, ...args], options);
}

/** Client credentials of the M2M app for the products API, its secret in the environment. */
const m2mToken = (...args: string[]) =>
  token('tokenscope-m2m', 'client_credentials', ['--resource', PRODUCTS, ...args], {
    env: { TOKENSCOPE_CLIENT_SECRET: m2mSecret },
  });

// Each run starts tsx: seconds on a busy machine.
describe('tokenscope token', { timeout: 90_000 }, () => {
  it('client_credentials --json: masked token, decoded payload, timeline; exit 0; no secret in the output', async () => {
    const run = await m2mToken('--scope', 'read:products write:products', '--json');
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      ok: true,
      grant: 'client_credentials',
      accessToken: { kind: 'jwt', payload: { aud: PRODUCTS, sub: 'tokenscope-m2m' } },
    });
    expect(out.tokenResponse.access_token).toContain('•');
    expect(out.timeline.map((e: { step: string }) => e.step)).toEqual(['discovery', 'token']);
    expect(run.stdout + run.stderr).not.toContain(m2mSecret);
  });

  it('--show-tokens prints the real access token', async () => {
    const run = await m2mToken('--json', '--show-tokens');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).tokenResponse.access_token.split('.')).toHaveLength(3);
    expect(run.stdout).not.toContain(m2mSecret);
  });

  it('--dpop binds the token to a key (RFC 9449)', async () => {
    const run = await m2mToken('--dpop', '--json');
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(String(out.tokenResponse.token_type).toLowerCase()).toBe('dpop');
    expect(out.accessToken.payload.cnf.jkt).toBeTruthy();
  });

  it('warns, in --json and on stderr, when the server grants fewer scopes than asked (RFC 6749 §3.3)', async () => {
    // inventory-sync grants read and write, never delete.
    const scope = ['--scope', 'read:products delete:products'];
    const json = await m2mToken(...scope, '--json');
    expect(json.code, json.stderr).toBe(0);
    const { warnings } = JSON.parse(json.stdout) as { warnings: string[] };
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /Asked for scope "read:products", "delete:products"; .* grants only "read:products" \(dropped: "delete:products"\)/,
    );
    expect(json.stderr).toContain(`Warning: ${warnings[0]}`);
    const text = await m2mToken(...scope);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toMatch(/Warning: Asked for scope .*dropped: "delete:products"/);
  });

  it('gives no warning when the server gave all that was asked, DPoP included', async () => {
    const run = await m2mToken('--scope', 'read:products', '--dpop', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toEqual([]);
    expect(run.stderr).not.toMatch(/Warning/);
  });

  it('token_exchange with the PAT from standard input', async () => {
    const run = await token(
      'tokenscope-web',
      'token_exchange',
      ['--resource', PRODUCTS, '--scope', 'read:products', '--stdin', 'subject-token', '--json'],
      { env: { TOKENSCOPE_CLIENT_SECRET: webSecret }, input: `${PAT}\n` },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ accessToken: { payload: { sub: 'eddie', aud: PRODUCTS } } });
    expect(run.stdout + run.stderr).not.toContain(PAT);
  });

  it('exits 1 with the error explained on stderr when the flow fails', async () => {
    const run = await token('tokenscope-m2m', 'client_credentials', ['--resource', 'https://unknown.tokenscope.test'], {
      env: { TOKENSCOPE_CLIENT_SECRET: m2mSecret },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/400 invalid_target/);
    expect(run.stderr).toMatch(/What to do: Register "https:\/\/unknown.tokenscope.test"/);
  });

  // One row a bad usage (formerly one test): the exit code, what stderr says, what it must not repeat.
  it.each<BadUsage>([
    { usage: 'a grant the command does not run', grant: 'password', args: [] },
    {
      usage: 'a secret given as an argument',
      grant: 'client_credentials',
      args: ['--client-secret', 'oops-secret'],
      says: /secrets never go in arguments/,
      hides: 'oops-secret',
    },
    {
      usage: 'refresh_token with no refresh token',
      grant: 'refresh_token',
      args: [],
      says: /TOKENSCOPE_REFRESH_TOKEN/,
    },
    {
      usage: 'device_code against a non-loopback http issuer',
      grant: 'device_code',
      args: [],
      issuer: 'http://example.com/oidc',
    },
  ])('exits 2 on bad usage: $usage', async ({ grant, args, says, hides, issuer }) => {
    const run = await runCli([
      'token',
      '--issuer',
      issuer ?? sandbox.issuer,
      '--client-id',
      'x',
      '--grant',
      grant,
      ...args,
    ]);
    expect(run.code).toBe(2);
    if (says) expect(run.stderr).toMatch(says);
    if (hides) expect(run.stderr).not.toContain(hides);
  });

  it('authorization_code prints the URL, waits on loopback, then refresh_token uses the refresh token from the environment', async () => {
    let opened = false;
    const run = await token(
      'tokenscope-native',
      'authorization_code',
      [
        '--resource',
        PRODUCTS,
        '--scope',
        'openid offline_access read:products',
        '--prompt',
        'consent',
        '--json',
        '--show-tokens',
      ],
      {
        onStderr: (text) => {
          const url = /^(http:\/\/127\.0\.0\.1:\d+\/oidc\/auth\?\S+)$/m.exec(text)?.[1];
          if (!url || opened) return;
          opened = true;
          void signIn(url, { user: 'ada' }).then(({ callback }) => fetch(callback));
        },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.accessToken.payload).toMatchObject({ sub: 'ada', aud: PRODUCTS });
    // All asked was given: identity scopes are not counted as dropped from the API's token, a refresh token came.
    expect(out.warnings).toEqual([]);
    const refreshToken = out.tokenResponse.refresh_token as string;
    expect(refreshToken).not.toContain('•');

    const refreshed = await token('tokenscope-native', 'refresh_token', ['--resource', PRODUCTS, '--json'], {
      env: { TOKENSCOPE_REFRESH_TOKEN: refreshToken },
    });
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(JSON.parse(refreshed.stdout)).toMatchObject({
      grant: 'refresh_token',
      accessToken: { payload: { sub: 'ada' } },
    });
    expect(refreshed.stdout).not.toContain(refreshToken);
  });

  it('device_code prints the code to type, waits while the user confirms it, then prints the token', async () => {
    let confirmed = false;
    const run = await token(
      'tokenscope-native',
      'device_code',
      ['--resource', PRODUCTS, '--scope', 'read:products delete:products', '--json'],
      {
        onStderr: (text) => {
          const prompt = /^Open (http:\/\/127\.0\.0\.1:\d+\/oidc\/device)\S* and enter the code (\S+) /m.exec(text);
          if (!prompt || confirmed) return;
          confirmed = true;
          void confirmDeviceCode(prompt[1]!, prompt[2]!, { user: 'vera' });
        },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      grant: 'device_code',
      accessToken: { payload: { sub: 'vera', aud: PRODUCTS, scope: 'read:products' } },
    });
  }, 30_000);

  it("device_code with an app that may not use it exits 1 with the server's reason", async () => {
    const run = await token('tokenscope-spa', 'device_code');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/device_code is not allowed for this client/);
  });
});

interface BadUsage {
  usage: string;
  grant: string;
  args: string[];
  says?: RegExp;
  hides?: string;
  issuer?: string;
}
