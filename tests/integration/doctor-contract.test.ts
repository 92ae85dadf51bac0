import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppWithSandbox, type AppWithSandbox } from '../support/app-with-sandbox.js';
import { SANDBOX_CONNECTION_ID } from '../../electron/services/connections/sandbox-connection.js';

const ADMIN = 'tokenscope-admin-script';
let app: AppWithSandbox;
let tenantConnection: string;

beforeAll(async () => {
  app = await startAppWithSandbox('doctor');
  // The sandbox as any Logto tenant is: a connection by its issuer, read through its Management API over HTTP.
  const added = await app.api.addConnection({
    name: 'A Logto tenant',
    issuer: app.sandbox.issuer,
    client: { clientId: 'tokenscope-native', kind: 'native', authMethod: 'none' },
  });
  tenantConnection = added.id;
});
afterAll(async () => {
  await app?.close();
});

describe('runDoctor through the contract', () => {
  it('the sandbox connection: its world, whole, no read needed', async () => {
    const result = await app.api.runDoctor({ connectionId: SANDBOX_CONNECTION_ID });
    expect(result.verdict).toBe('ok');
    expect(result.report?.source).toBe('the sandbox world');
    expect(await app.api.runDoctor({})).toMatchObject({ verdict: 'ok' });
  });

  it('a tenant without Management API access: not verified, with the fix, no report', async () => {
    const result = await app.api.runDoctor({ connectionId: tenantConnection });
    expect(result.verdict).toBe('not-verified');
    expect(result.report).toBeUndefined();
    expect(result.problem).toMatchObject({ kind: 'no-access' });
    expect(result.problem?.fix).toMatch(/machine-to-machine app/);
  });

  it('with access, the tenant read over HTTP gets the same findings as the world', async () => {
    const secret = app.sandbox.clients.find((c) => c.clientId === ADMIN)!.clientSecret!;
    await app.api.setManagementAccess({ connectionId: tenantConnection, clientId: ADMIN, clientSecret: secret });
    const read = await app.api.runDoctor({ connectionId: tenantConnection });
    const world = await app.api.runDoctor({ connectionId: SANDBOX_CONNECTION_ID });
    expect(read.verdict).toBe('ok');
    expect(read.report?.source).toMatch(/^the tenant http:\/\/127\.0\.0\.1:\d+ \(read at /);
    const shape = (r: typeof read) => r.report?.findings.map((f) => [f.rule, f.severity, f.objects]);
    expect(shape(read)).toEqual(shape(world));
  });

  it('an unknown connection is refused with the fix', async () => {
    await expect(app.api.runDoctor({ connectionId: 'nope' })).rejects.toThrow(/no connection "nope"/);
  });
});
