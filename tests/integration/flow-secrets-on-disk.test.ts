import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { appWithSandboxForFile } from '../support/app-with-sandbox.js';
import { filesUnder, textsUnder } from '../support/files-under.js';
import { runClientCredentials } from '../../electron/services/flows/client-credentials.js';
import { startAndSignIn } from '../support/contract-sign-in.js';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { openNodeVault, VAULT_FILE } from '../../electron/services/vault/open-node-vault.js';

const PRODUCTS = 'https://products.tokenscope.test';
const PAT = 'pat_SandboxEddieLaptopScript00000001';

const app = appWithSandboxForFile('secrets');

describe('secrets stay off disk and out of results', () => {
  it('runs every grant, then finds none of the secrets in any file the app wrote', async () => {
    const { sandbox, api, dataDir } = app;
    const secrets = sandbox.clients.flatMap((c) => (c.clientSecret ? [c.clientSecret] : []));
    secrets.push(PAT);
    const results: unknown[] = [];
    results.push(
      await api.runClientCredentials({
        connectionId: 'sandbox',
        clientId: 'tokenscope-m2m',
        resources: [PRODUCTS],
        scope: 'read:products',
      }),
    );
    results.push(
      await api.runTokenExchange({
        connectionId: 'sandbox',
        clientId: 'tokenscope-web',
        subjectToken: PAT,
        subjectTokenType: 'urn:logto:token-type:personal_access_token',
        resources: [PRODUCTS],
        scope: '',
      }),
    );
    const { callback } = await startAndSignIn(api, 'vera', {
      resources: [PRODUCTS],
      scope: 'openid offline_access read:products',
      prompt: 'consent',
      redirect: 'custom-scheme',
    });
    const signedIn = await api.completeAuthorization({ callbackUrl: callback });
    results.push(signedIn);
    const refreshToken = String((await api.revealRun({ runId: signedIn.runId! })).tokenResponse!.refresh_token);
    secrets.push(refreshToken);
    const refreshed = await api.runRefresh({ fromRunId: signedIn.runId!, resources: [PRODUCTS], scope: '' });
    results.push(refreshed);
    secrets.push(String((await api.revealRun({ runId: refreshed.runId! })).tokenResponse!.refresh_token));

    const written = textsUnder(dataDir);
    console.info(`scanned ${written.length} file(s) the app wrote: ${written.map(({ file }) => file).join(', ')}`);
    for (const secret of secrets) {
      for (const { text } of written) expect(text.includes(secret)).toBe(false);
      expect(JSON.stringify(results).includes(secret), `a result carries ${secret.slice(0, 6)}…`).toBe(false);
    }
  });

  it('private_key_jwt: the assertion goes over the wire signed with the client key, masked in the timeline', async () => {
    const { sandbox } = app;
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: 'ES256', kid: 'test-key' };
    // The sandbox registers client_secret_basic, so it refuses; what matters is what was sent.
    const result = await runClientCredentials({
      issuer: sandbox.issuer,
      client: { clientId: 'tokenscope-m2m', authMethod: 'private_key_jwt', privateKeyJwk: jwk },
      resources: [PRODUCTS],
      scope: '',
    });
    const token = result.timeline.find((e) => e.step === 'token')!;
    const body = new URLSearchParams(token.requestBody);
    expect(body.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(body.get('client_assertion')).toContain('•');
    expect(result).toMatchObject({ ok: false, error: { error: 'invalid_client' } });
  });

  it('secrets entered through the import form reach only the encrypted vault', async () => {
    const { sandbox } = app;
    // A vault that writes a file, so there is something on disk to find a secret in.
    const dir = mkdtempSync(join(tmpdir(), 'tokenscope-import-secrets-'));
    try {
      const vault = openNodeVault({
        dataDir: dir,
        passphrase: 'correct horse battery staple',
        cost: { N: 2 ** 10, r: 8, p: 1 },
      });
      const withVault = createAppApi({
        shell: 'browser-host',
        version: 'test',
        dataDir: dir,
        vault,
        sandbox,
        flows: app.flows,
      });
      const m2mSecret = sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!.clientSecret!;
      await withVault.addConnection({
        issuer: sandbox.issuer,
        name: 'By secret',
        client: { clientId: 'tokenscope-m2m', kind: 'm2m', authMethod: 'client_secret_basic', clientSecret: m2mSecret },
      });
      await withVault.addConnection({
        issuer: sandbox.issuer,
        name: 'By key',
        client: { clientId: 'tokenscope-m2m', kind: 'm2m', authMethod: 'private_key_jwt', privateKey: 'generate' },
      });
      const imported = await withVault.importWorkspace({
        text: JSON.stringify(await withVault.exportWorkspace({ workspaceId: 'default', includeHistory: false })),
      });
      expect(imported.secretsNeeded.map((s) => s.authMethod)).toEqual(['client_secret_basic', 'private_key_jwt']);

      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      const pem = await exportPKCS8(privateKey);
      const d = String((await exportJWK(privateKey)).d);
      const [bySecret, byKey] = imported.secretsNeeded;
      const results = [
        await withVault.setClientSecret({
          workspaceId: imported.workspace.id,
          connectionId: bySecret!.connectionId,
          clientId: bySecret!.clientId,
          secret: m2mSecret,
        }),
        await withVault.setClientSecret({
          workspaceId: imported.workspace.id,
          connectionId: byKey!.connectionId,
          clientId: byKey!.clientId,
          secret: pem,
        }),
      ];
      results.push(...(await withVault.listConnections({ workspaceId: imported.workspace.id })));
      expect(results[0]!.clients[0]!.hasSecret && results[1]!.clients[0]!.hasSecret).toBe(true);
      expect(
        (
          await withVault.runClientCredentials({
            connectionId: bySecret!.connectionId,
            clientId: 'tokenscope-m2m',
            resources: [PRODUCTS],
            scope: '',
          })
        ).ok,
      ).toBe(true);

      expect(existsSync(join(dir, VAULT_FILE))).toBe(true);
      const pemBody = pem
        .split('\n')
        .filter((line) => line && !line.startsWith('-----'))
        .join('');
      for (const file of filesUnder(dir)) {
        const text = readFileSync(file, 'utf8');
        for (const secret of [m2mSecret, d, pemBody.slice(0, 40)])
          expect(text.includes(secret), `${file.slice(dir.length)} holds a secret`).toBe(false);
      }
      expect(JSON.stringify(results)).not.toContain(m2mSecret);
      expect(JSON.stringify(results)).not.toContain(d);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
