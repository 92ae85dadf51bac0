import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
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

  it('answers the first screen in one call with exactly what the four reads answer', async () => {
    const first = await services.api.getFirstScreen({ workspaceId: 'default' });
    const [appInfo, workspaces, connections, runs] = await Promise.all([
      services.api.getAppInfo(),
      services.api.listWorkspaces(),
      services.api.listConnections({ workspaceId: 'default' }),
      services.api.listRuns({ workspaceId: 'default' }),
    ]);
    expect(first).toEqual({ appInfo, workspaces, connections, runs });
    expect(first.connections[0]).toMatchObject({ id: 'sandbox' });
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

  it('closes the loopback redirect listener of the flows, not only the sandbox', async () => {
    const other = await startAppServices({
      shell: 'browser-host',
      dataDir: mkdtempSync(join(tmpdir(), 'tokenscope-close-')),
    });
    const started = await other.api.startAuthorization({
      connectionId: 'sandbox',
      clientId: 'tokenscope-native',
      resources: [],
      scope: 'openid',
      redirect: 'loopback',
    });
    expect(started.status).toBe('waiting');
    const port = Number(new URL(started.status === 'waiting' ? started.redirectUri : '').port);
    await other.close();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});
