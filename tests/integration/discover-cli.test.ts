import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { runCli } from '../support/run-cli.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** `tokenscope discover ...args` in a clean environment. */
const discover = (args: string[]) => runCli(['discover', ...args]);

let sandbox: SandboxHandle;
let testApi: TestApi;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  testApi = await startTestApi(sandbox.issuer);
});

afterAll(async () => {
  await testApi?.close();
  await sandbox?.close();
});

// Each run starts tsx: seconds on a busy machine.
describe('tokenscope discover', { timeout: 90_000 }, () => {
  it('prints the chain, where each piece was found, and the token command to run next; exit 0', async () => {
    const run = await discover([testApi.url('good')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${testApi.origin}/.well-known/oauth-protected-resource/good (header)`);
    expect(run.stdout).toMatch(new RegExp(`authorization server:\\s+${sandbox.issuer}`));
    expect(run.stdout).toContain(
      `tokenscope token --grant authorization_code --issuer ${sandbox.issuer} --client-id <client-id> ` +
        `--resource ${testApi.url('good')} --scope read:things`,
    );
  });

  it('--json: one object with the resource, the server, the scopes and the next command', async () => {
    const run = await discover([testApi.url('header-less'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      ok: true,
      resource: testApi.url('header-less'),
      authorizationServer: sandbox.issuer,
      metadataSource: 'path-inserted',
      scopes: ['read:things'],
      dpopRequired: false,
    });
    expect(out.next).toContain('--resource');
  });

  it.each([
    ['no-metadata', 2, 'Fetch protected-resource metadata'],
    ['mismatch', 3, 'Check the metadata names this API'],
    ['no-servers', 4, 'Pick the authorization server'],
    ['as-without-metadata', 5, 'Discover the authorization server'],
  ] as const)('%s: exit 1, naming step %i', async (path, index, words) => {
    const run = await discover([testApi.url(path)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The chain broke at step ${index}: ${words}`);
    expect(run.stdout).toContain('fix:');
  });

  it('--authorization-server not listed by the metadata: exit 1, never a sign-in elsewhere', async () => {
    const run = await discover([testApi.url('good'), '--authorization-server', 'https://elsewhere.example/oidc']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('is not among the authorization_servers');
  });

  it('a URL that is not one is a usage error', async () => {
    const run = await discover([]);
    expect(run.code).toBe(2);
  });
});
