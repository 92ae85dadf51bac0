import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { runClientCredentials } from '../../electron/services/flows/client-credentials.js';
import { toCurl } from '../../shared/flows/curl.js';
import { createServer, type Socket } from 'node:net';
import { createServer as createHttpServer, type RequestListener } from 'node:http';

/** A misbehaving server on loopback, for the failures a real authorization server should never produce. */
async function misbehaving(handler: RequestListener): Promise<{ issuer: string; close(): void }> {
  const server = createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    issuer: `http://127.0.0.1:${port}/oidc`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

const PRODUCTS = 'https://products.tokenscope.test';

describe('the HTTP timeline of a flow', () => {
  let sandbox: SandboxHandle;
  let secret: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    secret = sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!.clientSecret!;
  });
  afterAll(() => sandbox?.close());

  it('records discovery and the token request, with the secret and the token masked', async () => {
    const result = await runClientCredentials({
      issuer: sandbox.issuer,
      client: { clientId: 'tokenscope-m2m', clientSecret: secret, authMethod: 'client_secret_basic' },
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.timeline.map((e) => [e.step, e.method, new URL(e.url).pathname, e.status])).toEqual([
      ['discovery', 'GET', '/oidc/.well-known/openid-configuration', 200],
      ['token', 'POST', '/oidc/token', 200],
    ]);
    const token = result.timeline[1]!;
    expect(token.requestHeaders.authorization).toMatch(/^Basic .*•/);
    expect(new URLSearchParams(token.requestBody).getAll('resource')).toEqual([PRODUCTS]);
    expect(JSON.parse(token.responseBody!).access_token).toContain('•');
    expect(token.responseHeaders['cache-control']).toBe('no-store');
    expect(token.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(result.timeline)).not.toContain(secret);
  });

  it('sends client_secret_post in the body, masked there too, and the curl command replays it', async () => {
    const result = await runClientCredentials({
      issuer: sandbox.issuer,
      client: { clientId: 'tokenscope-m2m', clientSecret: secret, authMethod: 'client_secret_post' },
      resources: [PRODUCTS],
      scope: 'read:products',
    });
    // The sandbox registers client_secret_basic, as Logto does; what matters here is what went over the wire.
    const token = result.timeline.find((e) => e.step === 'token')!;
    expect(token.requestHeaders.authorization).toBeUndefined();
    expect(new URLSearchParams(token.requestBody).get('client_secret')).toContain('•');
    expect(toCurl(token)).not.toContain(secret);
  });

  it('records the failure of a request that got no response', async () => {
    const gone = await startSandbox({ port: 0 });
    await gone.close();
    const result = await runClientCredentials({
      issuer: gone.issuer,
      client: { clientId: 'x' },
      resources: [],
      scope: '',
    });
    expect(result.ok).toBe(false);
    expect(result.timeline).toHaveLength(1);
    expect(result.timeline[0]!.step).toBe('discovery');
    expect(result.timeline[0]!.status).toBeUndefined();
    expect(result.timeline[0]!.error).toMatch(/ECONNREFUSED/);
  });

  it('explains a discovery document whose issuer does not match', async () => {
    const result = await runClientCredentials({
      issuer: sandbox.issuer.replace('127.0.0.1', 'localhost'),
      client: { clientId: 'x' },
      resources: [],
      scope: '',
    });
    expect(result).toMatchObject({ ok: false, error: { error: 'issuer_mismatch' } });
    expect(result.timeline[0]!.status).toBe(200);
  });

  it('explains an issuer URL that is not an OpenID Connect issuer', async () => {
    const result = await runClientCredentials({
      issuer: `${sandbox.origin}/nothing-here`,
      client: { clientId: 'x' },
      resources: [],
      scope: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.explanation.length).toBeGreaterThan(20);
    expect(result.error.fix).toMatch(/issuer URL|\/oidc/);
  });

  it('gives up on a server that never answers, after a bounded wait, and says so', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = Date.now();
      const result = await runClientCredentials({
        issuer: `http://127.0.0.1:${port}/oidc`,
        client: { clientId: 'x', timeoutSeconds: 1 },
        resources: [],
        scope: '',
      });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(result).toMatchObject({ ok: false, error: { error: 'timeout' } });
      if (!result.ok) expect(result.error.explanation).toMatch(/did not answer in time: Tokenscope waited 1 second,/);
      expect(result.timeline[0]!.status).toBeUndefined();
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('explains an HTML page where JSON was expected', async () => {
    const html = await misbehaving((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in to the proxy</body></html>'),
    );
    try {
      const result = await runClientCredentials({
        issuer: html.issuer,
        client: { clientId: 'x' },
        resources: [],
        scope: '',
      });
      expect(result).toMatchObject({ ok: false, error: { error: 'not_json' } });
      expect(result.timeline[0]!.responseBody).toContain('Sign in to the proxy');
    } finally {
      html.close();
    }
  });

  it("shows the body of an error page that openid-client refused unread (a proxy's 403 in HTML)", async () => {
    let issuer = '';
    const proxy = await misbehaving((req, res) => {
      if (req.url?.endsWith('/.well-known/openid-configuration')) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ issuer, token_endpoint: `${issuer}/token` }));
      } else {
        res
          .writeHead(403, { 'content-type': 'text/html' })
          .end('<html><body>Blocked by the corporate proxy</body></html>');
      }
    });
    issuer = proxy.issuer;
    try {
      const result = await runClientCredentials({
        issuer,
        client: { clientId: 'x', clientSecret: 'not-a-real-secret', authMethod: 'client_secret_basic' },
        resources: [],
        scope: '',
      });
      expect(result.ok).toBe(false);
      const token = result.timeline.find((e) => e.step === 'token')!;
      expect(token).toMatchObject({
        status: 403,
        responseBody: '<html><body>Blocked by the corporate proxy</body></html>',
      });
      expect(token.responseHeaders['content-type']).toBe('text/html');
    } finally {
      proxy.close();
    }
  });

  it('explains a truncated response', async () => {
    const cut = await misbehaving((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"issuer":"http://127.0.0.1');
      setTimeout(() => res.destroy(), 20);
    });
    try {
      const result = await runClientCredentials({
        issuer: cut.issuer,
        client: { clientId: 'x' },
        resources: [],
        scope: '',
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.error).toBe('connection_reset');
      expect(result.error.explanation).toMatch(/truncated response/);
      expect(result.timeline[0]!.error).toBeTruthy();
    } finally {
      cut.close();
    }
  });
});
