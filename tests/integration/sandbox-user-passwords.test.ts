import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { signIn } from './sandbox-sign-in.js';
import { managementClient, managementToken } from '../support/management-api-calls.js';

let sandbox: SandboxHandle;
let native: oidc.Configuration;

/** A sign-in of the native app as `user`; the callback URL, or the error the sandbox's page gave. */
async function signInAs(user: string, password?: string): Promise<{ code?: string | null; refused?: string }> {
  const url = oidc.buildAuthorizationUrl(native, {
    redirect_uri: 'tokenscope://callback',
    scope: 'openid',
    code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    state: oidc.randomState(),
  });
  try {
    const { callback } = await signIn(url, { user, password });
    return { code: new URL(callback).searchParams.get('code') };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

beforeAll(async () => {
  const world = parseWorld(
    DEFAULT_WORLD_YAML.replace('    username: vera\n', '    username: vera\n    password: correct horse\n'),
  );
  sandbox = await startSandbox({ world });
  native = await oidc.discovery(new URL(sandbox.issuer), 'tokenscope-native', undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
});

afterAll(async () => {
  await sandbox?.close();
});

describe('sandbox users with a password (as on Logto, the sign-in page asks for it)', () => {
  it('asks vera for hers, refuses a wrong or missing one, and signs her in with the right one', async () => {
    expect(await signInAs('vera', 'correct horse')).toMatchObject({ code: expect.any(String) });
    for (const wrong of ['Correct horse', undefined]) {
      const { refused } = await signInAs('vera', wrong);
      expect(refused).toContain('422');
      expect(refused).toContain('Incorrect account or password. Please check your input.');
      expect(refused).toContain('type="password"');
    }
  });

  it('still signs in a user without a password by picking them', async () => {
    expect(await signInAs('ada')).toMatchObject({ code: expect.any(String) });
  });

  it('takes a password through the Management API, keeps only its digest, and asks for it', async () => {
    const api = managementClient(sandbox, await managementToken(sandbox, 'tokenscope-admin-script'));
    const created = await api('POST', '/users', { username: 'pat', password: 's3cret-Pass' });
    expect(created.body).toMatchObject({ username: 'pat', hasPassword: true });
    const id = (created.body as { id: string }).id;
    expect(JSON.stringify(sandbox.world)).not.toContain('s3cret-Pass');
    expect(sandbox.world.users.find((u) => u.id === id)?.passwordDigest).toMatch(/^scrypt:/);
    expect(await signInAs(id, 's3cret-Pass')).toMatchObject({ code: expect.any(String) });

    expect((await api('PATCH', `/users/${id}/password`, { password: 'new-Pass-2' })).body).toMatchObject({
      hasPassword: true,
    });
    expect((await signInAs(id, 's3cret-Pass')).refused).toContain('Incorrect account or password');
    expect(await signInAs(id, 'new-Pass-2')).toMatchObject({ code: expect.any(String) });
    expect((await api('GET', '/users/vera')).body).toMatchObject({ hasPassword: true });
    expect((await api('GET', '/users/ada')).body).toMatchObject({ hasPassword: false });
  });
});
