import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServices, type AppServices } from '../../electron/services/app-services.js';

describe('the app services, as the shells start them', () => {
  let services: AppServices;
  const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-services-'));

  beforeAll(async () => {
    services = await startAppServices({ shell: 'browser-host', dataDir });
  });
  afterAll(() => services?.close());

  it('starts the sandbox and reports the vault', async () => {
    const info = await services.api.getAppInfo();
    expect(info.vault.backend).toBe('memory');
    expect(info.vault.warning).toMatch(/TOKENSCOPE_VAULT_PASSPHRASE/);
    const [sandbox] = await services.api.listConnections();
    expect(sandbox).toMatchObject({ id: 'sandbox', issuer: services.sandbox!.issuer });
  });

  it('refuses a tokenscope:// redirect that no sign-in waits for, and says so', async () => {
    const outcome = await services.handleProtocolUrl('tokenscope://callback?code=abc&state=nobody-waits');
    expect(outcome.accepted).toBe(false);
    expect(outcome.message).toBeTruthy();
  });

  it('starts with the default world when the saved one is broken, and says why', async () => {
    const brokenDir = mkdtempSync(join(tmpdir(), 'tokenscope-broken-'));
    writeFileSync(join(brokenDir, 'sandbox-world.yaml'), 'resources: [not: valid');
    const other = await startAppServices({ shell: 'browser-host', dataDir: brokenDir });
    try {
      const state = await other.api.getSandbox();
      expect(state.running).toBe(true);
      expect(state.loadProblem).toMatch(/sandbox-world\.yaml could not be loaded, so the default world runs/);
    } finally {
      await other.close();
    }
  });
});
