import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppApi } from '../../electron/services/api/app-api.js';
import { createEventHub } from '../../electron/services/events/event-hub.js';
import { createMemoryVault } from '../../electron/services/vault/memory-vault.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import { defaultWorld } from '../../electron/services/sandbox/world/world-file.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import type { DiscoveryReport } from '../../shared/discovery/discovery-report.js';
import type { World } from '../../shared/sandbox/world.js';
import { startTestApi, type TestApi, type TestApiPath } from '../support/test-api.js';
import { signIn } from './sandbox-sign-in.js';

let sandbox: SandboxHandle;
let testApi: TestApi;
let api: TokenscopeApi;
let dataDir: string;
const events = createEventHub();

/** The default world, plus the test API's two good paths as API resources that the viewer role may read. */
function worldWithTestApi(registration: boolean, dpopProducts = false, nonce = false): World {
  const world = defaultWorld();
  const indicators = [testApi.url('good'), testApi.url('header-less')];
  world.resources.push(
    ...indicators.map((indicator) => ({ indicator, name: indicator, permissions: [{ name: 'read:things' }] })),
  );
  const viewer = world.roles.find((r) => r.id === 'viewer')!;
  for (const indicator of indicators) viewer.permissions[indicator] = ['read:things'];
  const products = world.resources.find((r) => r.indicator === 'https://products.tokenscope.test')!;
  if (dpopProducts) products.dpopBoundAccessTokensRequired = true;
  if (nonce) products.dpopNonce = true;
  return { ...world, dynamicClientRegistration: registration };
}

/** Resolves once the chain `id` has a settled last step, or broke. */
function chainEnd(id: string): Promise<DiscoveryReport> {
  return new Promise((resolve) => {
    const stop = events.subscribe((event) => {
      if (event.type !== 'discovery-updated' || event.discoveryId !== id) return;
      void api.getDiscovery({ discoveryId: id }).then((report) => {
        const last = report.steps.at(-1)!;
        if (report.brokenAt || last.status === 'done' || last.status === 'failed') {
          stop();
          resolve(report);
        }
      });
    });
  });
}

/** Signs in as vera over HTTP and hands the redirect to the loopback listener, as her browser would. */
async function finishSignIn(report: DiscoveryReport): Promise<DiscoveryReport> {
  expect(report.authorizationUrl, JSON.stringify(report.steps)).toBeTruthy();
  const ended = chainEnd(report.id);
  const { callback } = await signIn(report.authorizationUrl!, { user: 'vera' });
  expect((await fetch(callback)).status).toBe(200);
  return ended;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  testApi = await startTestApi(sandbox.issuer);
  await sandbox.applyWorld(worldWithTestApi(true));
  dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-discovery-'));
  api = createAppApi({ shell: 'browser-host', vault: createMemoryVault(), version: 'test', dataDir, sandbox, events });
});

afterAll(async () => {
  await testApi?.close();
  await sandbox?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('Start from an API URL, against a test API whose metadata is wrong in each way', () => {
  it.each([
    { path: 'no-metadata', step: 'resource-metadata', kind: 'no-metadata' },
    { path: 'mismatch', step: 'resource-match', kind: 'resource-mismatch' },
    { path: 'no-servers', step: 'authorization-server', kind: 'no-authorization-servers' },
    {
      path: 'as-without-metadata',
      step: 'authorization-server-metadata',
      kind: 'authorization-server-without-metadata',
    },
  ] as const)('$path breaks at $step', async ({ path, step, kind }) => {
    const report = await api.discoverApi({ url: testApi.url(path as TestApiPath) });
    expect(report.brokenAt).toBe(step);
    const broken = report.steps.find((s) => s.id === step)!;
    expect(broken.failure?.kind).toBe(kind);
    expect(broken.failure?.fix).toBeTruthy();
    // Every step before it is done, none after it ran.
    const at = report.steps.indexOf(broken);
    expect(report.steps.slice(0, at).every((s) => s.status === 'done')).toBe(true);
    expect(report.steps.slice(at + 1).every((s) => s.status === 'pending')).toBe(true);
  });

  it('a server that refuses registration breaks the chain at the client step, with its error', async () => {
    const report = await api.discoverApi({ url: testApi.url('registration-refused') });
    expect(report.brokenAt).toBeUndefined();
    expect(report.registrationEndpoint).toBe(`${testApi.origin}/as/register`);
    const after = await api.signInToApi({ discoveryId: report.id, scope: 'read:things' });
    expect(after.brokenAt).toBe('client');
    const client = after.steps.find((s) => s.id === 'client')!;
    expect(client.failure?.kind).toBe('registration-refused');
    expect(client.failure?.explanation).toContain('invalid_redirect_uri');
    expect(after.timeline.some((e) => e.step === 'client' && e.url.endsWith('/as/register'))).toBe(true);
  });

  it('fetches the URL the 401 names, and only it, wherever it is (MCP Inspector #576)', async () => {
    const report = await api.discoverApi({ url: testApi.url('custom-location') });
    expect(report.brokenAt).toBeUndefined();
    expect(report.metadataSource).toBe('header');
    const fetched = report.timeline.filter((e) => e.step === 'resource-metadata').map((e) => e.url);
    expect(fetched).toEqual([`${testApi.origin}/meta/custom.json`]);
  });

  it('finds metadata at the path-inserted well-known URL when the 401 names none', async () => {
    const report = await api.discoverApi({ url: testApi.url('header-less') });
    expect(report.brokenAt).toBeUndefined();
    expect(report.metadataSource).toBe('path-inserted');
    expect(report.metadataUrl).toBe(`${testApi.origin}/.well-known/oauth-protected-resource/header-less`);
  });
});

describe('the whole chain against the sandbox', () => {
  it('registers a client (RFC 7591), saves it with its connection, signs in for the API and calls it', async () => {
    const report = await api.discoverApi({ url: testApi.url('good') });
    expect(report.brokenAt).toBeUndefined();
    expect(report.metadataSource).toBe('header');
    expect(report.resource).toBe(testApi.url('good'));
    expect(report.authorizationServer).toBe(sandbox.issuer);
    expect(report.registrationEndpoint).toMatch(/\/oidc\/reg$/);
    expect(report.scopes).toEqual(['read:things']);
    // The timeline has each HTTP step under its chain step: the API, its metadata, then the server's discovery.
    const steps = report.timeline.map((e) => e.step);
    expect(steps.slice(0, 2)).toEqual(['call-api', 'resource-metadata']);
    expect(steps).toContain('authorization-server-metadata');
    // RFC 8414 is tried first; the sandbox, like Logto, answers only OpenID discovery.
    const asUrls = report.timeline.filter((e) => e.step === 'authorization-server-metadata').map((e) => e.url);
    expect(asUrls[0]).toContain('/.well-known/oauth-authorization-server');
    expect(asUrls.at(-1)).toBe(`${sandbox.issuer}/.well-known/openid-configuration`);

    const waiting = await api.signInToApi({ discoveryId: report.id, scope: 'read:things' });
    expect(waiting.client?.registered, JSON.stringify(waiting.steps)).toBe(true);
    expect(new URL(waiting.authorizationUrl!).searchParams.get('resource')).toBe(testApi.url('good'));
    // RFC 7591 §3.2.1: the registration access token manages the client; the timeline shows it masked.
    const registration = waiting.timeline.find((e) => e.step === 'client' && e.method === 'POST')!;
    const answered = JSON.parse(registration.responseBody!) as { registration_access_token: string };
    expect(answered.registration_access_token).toContain('•');
    const done = await finishSignIn(waiting);
    expect(done.steps.map((s) => s.status)).toEqual(Array(8).fill('done'));
    expect(done.steps.at(-1)!.summary).toContain('200');
    // The registered client is a connection of the workspace now, public (no secret).
    const connections = await api.listConnections();
    const saved = connections.find((c) => c.id === waiting.client!.connectionId)!;
    expect(saved.issuer).toBe(sandbox.issuer);
    expect(saved.clients[0]).toMatchObject({ clientId: waiting.client!.clientId, authMethod: 'none' });
    // The token crossed no line of the report, the timeline included.
    const runs = await api.listRuns();
    expect(runs.some((r) => r.id === done.runId)).toBe(true);
    const token = (await api.revealRun({ runId: done.runId! })).tokenResponse!.access_token as string;
    expect(JSON.stringify(done)).not.toContain(token);
    expect(readFileSync(join(dataDir, 'connections.json'), 'utf8')).not.toContain(token);
  });

  it('uses a saved client the user picks instead of registering one', async () => {
    const report = await api.discoverApi({ url: testApi.url('good') });
    const native = report.knownClients?.find((k) => k.connectionId === 'sandbox' && k.clientId === 'tokenscope-native');
    expect(native).toBeTruthy();
    const waiting = await api.signInToApi({
      discoveryId: report.id,
      connectionId: 'sandbox',
      clientId: 'tokenscope-native',
      scope: 'read:things',
    });
    expect(waiting.client).toMatchObject({ connectionId: 'sandbox', registered: false });
    expect(waiting.timeline.some((e) => e.step === 'client')).toBe(false);
    const done = await finishSignIn(waiting);
    expect(done.brokenAt).toBeUndefined();
    expect(done.steps.at(-1)!.status).toBe('done');
  });

  it('without registration and without a saved client, says how to make one', async () => {
    await sandbox.applyWorld(worldWithTestApi(false));
    try {
      const report = await api.discoverApi({ url: testApi.url('good') });
      expect(report.registrationEndpoint).toBeUndefined();
      const after = await api.signInToApi({ discoveryId: report.id, scope: 'read:things' });
      expect(after.brokenAt).toBe('client');
      expect(after.steps.find((s) => s.id === 'client')!.failure?.kind).toBe('no-client');
    } finally {
      await sandbox.applyWorld(worldWithTestApi(true));
    }
  });

  it.each([
    { dpop: false, nonce: false, scheme: 'Bearer' },
    { dpop: true, nonce: false, scheme: 'DPoP' },
    { dpop: true, nonce: true, scheme: 'DPoP' },
  ])(
    "the sandbox's own products API, with a saved client (DPoP required: $dpop, nonce: $nonce): the token is $scheme",
    async ({ dpop, nonce, scheme }) => {
      await sandbox.applyWorld(worldWithTestApi(true, dpop, nonce));
      try {
        const url = `${sandbox.origin}/sample-api/products`;
        const report = await api.discoverApi({ url });
        expect(report.brokenAt, JSON.stringify(report.steps)).toBeUndefined();
        expect(report.resource).toBe(url);
        expect(report.dpopRequired).toBe(dpop);
        const waiting = await api.signInToApi({
          discoveryId: report.id,
          connectionId: 'sandbox',
          clientId: 'tokenscope-native',
          scope: 'read:products',
        });
        const done = await finishSignIn(waiting);
        expect(done.brokenAt, JSON.stringify(done.steps)).toBeUndefined();
        expect(done.steps.find((s) => s.id === 'sign-in')!.summary).toMatch(new RegExp(`token_type ${scheme}`, 'i'));
        expect(done.steps.at(-1)!.summary).toContain(`accepted the ${scheme} token`);
        const call = done.timeline.filter((e) => e.step === 'call-with-token').at(-1)!;
        expect(call.requestHeaders.authorization).toMatch(new RegExp(`^${scheme} `));
        expect(Boolean(call.requestHeaders.dpop)).toBe(dpop);
        // RFC 9449 §9: asked for a nonce, the proof is made again once with it.
        const calls = done.timeline.filter((e) => e.step === 'call-with-token');
        expect(calls.map((e) => e.status)).toEqual(nonce ? [401, 200] : [200]);
      } finally {
        await sandbox.applyWorld(worldWithTestApi(true));
      }
    },
  );
});
