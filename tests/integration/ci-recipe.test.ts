import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../support/build.js';

/** Runs `script` with bash in `cwd`; resolves with its exit code and stderr once it and its pipes are done. */
function bash(script: string, cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

/** The sandbox's process group, written down by the test beside the recipe so a failed run leaves nothing behind. */
async function stopLeftover(cwd: string): Promise<void> {
  const pid = Number(await readFile(join(cwd, 'sandbox.pid'), 'utf8').catch(() => ''));
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already stopped, as the recipe does.
  }
}

/** The README's CI recipe, as a reader copies it: the shell block between its markers. */
async function recipe(): Promise<string> {
  const readme = await readFile(join(PROJECT_DIR, 'README.md'), 'utf8');
  const block = /<!-- ci-recipe:start -->\s*```sh\n([\s\S]*?)```\s*<!-- ci-recipe:end -->/.exec(readme);
  if (!block) throw new Error('README.md has no CI recipe between <!-- ci-recipe:start --> and <!-- ci-recipe:end -->');
  return block[1]!;
}

/**
 * What stands in for the reader's `npm test`: a test of theirs would get a token for the app the recipe
 * provisioned, from the endpoint it was given. Kept, so the test below can read it.
 */
const STAND_IN_FOR_TESTS =
  `sh -c 'curl -sf -u "$LOGTO_APP_ID:$LOGTO_APP_SECRET" -d grant_type=client_credentials ` +
  `-d resource=https://billing.example.com -d scope=read:invoices "$LOGTO_ENDPOINT/oidc/token" > token.json'`;

let dir: string | undefined;

afterAll(async () => {
  if (!dir) return;
  await stopLeftover(dir);
  await rm(dir, { recursive: true, force: true });
});

describe('README: Tokenscope as a Logto test double in CI', () => {
  it('runs as written: starts the sandbox, provisions it with curl, runs the tests, stops it', async () => {
    const script = await recipe();
    expect(script.match(/^.*npm test$/m), 'the recipe runs the tests with npm test').not.toBeNull();
    // Inside the checkout, so `npx tokenscope` finds this one, as in a project that depends on Tokenscope.
    await mkdir(join(PROJECT_DIR, 'test-results'), { recursive: true });
    dir = await mkdtemp(join(PROJECT_DIR, 'test-results', 'ci-recipe-'));
    const runnable = script
      .replace(/npm test$/m, STAND_IN_FOR_TESTS)
      .replace(/^SANDBOX_PID=\$!$/m, '$&\necho "$SANDBOX_PID" > sandbox.pid');
    expect(runnable).toContain('> sandbox.pid');
    expect(await bash(runnable, dir)).toEqual({ code: 0, stderr: '' });

    const ready = JSON.parse(await readFile(join(dir, 'sandbox.json'), 'utf8')) as { origin: string; issuer: string };
    expect(ready.issuer).toBe(`${ready.origin}/oidc`);
    const token = JSON.parse(await readFile(join(dir, 'token.json'), 'utf8')) as { access_token: string };
    expect(decodeJwt(token.access_token)).toMatchObject({
      iss: ready.issuer,
      aud: 'https://billing.example.com',
      scope: 'read:invoices',
    });
    // Stopped: nothing answers on its port any more.
    await expect(fetch(`${ready.origin}/oidc/.well-known/openid-configuration`)).rejects.toThrow();
  }, 150_000);
});
