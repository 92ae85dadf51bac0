/**
 * Copy as curl gives a command that runs: secrets masked in it come from shell variables, set by the one-line
 * preamble's check or exported first. Each command is run by bash + curl against the real token endpoint
 * (curl is installed on the machines these tests run on: Debian's curl package).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toCurl } from '../../shared/flows/curl.js';
import type { FlowResult } from '../../shared/contract/flow.js';
import { engineWithSandboxForFile } from '../support/engine-with-sandbox.js';
import { PLAIN_APIS, PLAIN_M2M, plainOidcServerForFile } from '../support/plain-oidc-server.js';

const run = promisify(execFile);
const PRODUCTS = 'https://products.tokenscope.test';

const fixture = engineWithSandboxForFile();
const plain = plainOidcServerForFile();

function tokenEntry(result: FlowResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.timeline.find((e) => e.step === 'token')!;
}

/** Runs `command` with bash, with only `env` (and PATH) set, and returns what curl printed. */
async function bash(
  command: string,
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('bash', ['-c', command], { env: { PATH: process.env.PATH!, ...env } });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('copy as curl, masked, runs once its variables are set', () => {
  it('client_secret_basic: the Basic header is computed from $CLIENT_SECRET, never a masked value', async () => {
    const m2m = fixture.sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!;
    const entry = tokenEntry(
      await fixture.m2mClientCredentials({
        resources: [PRODUCTS],
        scope: 'read:products',
        authMethod: 'client_secret_basic',
      }),
    );
    const command = toCurl(entry);
    expect(command).not.toContain('•');
    expect(command).not.toContain(m2m.clientSecret!);
    expect(command.split('\n')[0]).toMatch(/CLIENT_SECRET/);

    const answered = await bash(command, { CLIENT_SECRET: m2m.clientSecret! });
    expect(JSON.parse(answered.stdout)).toMatchObject({
      token_type: expect.stringMatching(/bearer/i),
      scope: 'read:products',
    });

    const unset = await bash(command, {});
    expect(unset.code).not.toBe(0);
    expect(unset.stderr).toMatch(/CLIENT_SECRET/);
  });

  it('client_secret_post on a plain server: the secret goes in the body from $CLIENT_SECRET', async () => {
    const entry = tokenEntry(
      await fixture.engine.clientCredentials({
        issuer: plain.issuer,
        client: PLAIN_M2M,
        resources: [PLAIN_APIS.orders.indicator],
        scope: 'orders:read',
      }),
    );
    const command = toCurl(entry);
    expect(command).not.toContain('•');
    const answered = await bash(command, { CLIENT_SECRET: PLAIN_M2M.clientSecret });
    expect(JSON.parse(answered.stdout)).toMatchObject({ scope: 'orders:read' });
  });

  it('a refresh: the refresh token comes from $REFRESH_TOKEN', async () => {
    const first = await fixture.signedIn('vera', {
      resources: [PRODUCTS],
      scope: 'openid offline_access read:products',
      prompt: 'consent',
    });
    const refreshed = await fixture.engine.refreshFromRun(first.runId!, {
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    const spare = fixture.engine.reveal(refreshed.runId!).tokenResponse!.refresh_token as string;
    const command = toCurl(tokenEntry(refreshed));
    expect(command).not.toContain('•');
    const answered = await bash(command, { REFRESH_TOKEN: spare });
    expect(JSON.parse(answered.stdout)).toMatchObject({ scope: 'read:products' });
  });

  it('revealed, runs as it is', async () => {
    const result = await fixture.m2mClientCredentials({ resources: [PRODUCTS], scope: 'read:products' });
    const raw = fixture.engine.reveal(result.runId!).timeline.find((e) => e.step === 'token')!;
    const answered = await bash(toCurl(raw, { reveal: true }), {});
    expect(JSON.parse(answered.stdout)).toMatchObject({ scope: 'read:products' });
  });
});
