import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real loopback HTTP server shaped like a Logto tenant (discovery, a token endpoint, Management API lists with
 * Logto's pagination), for what the sandbox never does on purpose: answer 429, hang, or hold 10,000+ users cheaply.
 * `fault` decides per request; undefined serves the tenant normally.
 */
export type Fault =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Sends nothing back, ever (until the server closes). */
  | 'hang'
  /** Closes the connection without an answer, as a server does with a kept-alive socket it just timed out. */
  | 'reset';

export interface FaultServerOptions {
  users?: number;
  fault?: (request: { path: string; count: number }) => Fault | undefined;
}

export interface FaultServer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Every request received: method and path with its query. */
  requests: { method: string; url: string }[];
  close(): Promise<void>;
}

const CLIENT_ID = 'reader-app';
const CLIENT_SECRET = 'reader-secret-for-the-fault-server';
const TOKEN = 'fault-server-access-token-0123456789';
const API = 'https://api.fault.test';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

/** Logto: page from 1, page_size up to 100, `Total-Number` on every paginated answer. */
function page<T>(
  list: T[],
  query: URLSearchParams,
): { status: number; body: unknown; headers: Record<string, string> } {
  const n = Number(query.get('page') ?? '1');
  const size = Number(query.get('page_size') ?? '20');
  if (!(n >= 1) || !(size >= 1 && size <= 100))
    return { status: 400, body: { code: 'guard.invalid_pagination' }, headers: {} };
  return {
    status: 200,
    body: list.slice((n - 1) * size, n * size),
    headers: { 'total-number': String(list.length) },
  };
}

export async function startFaultManagementApi(options: FaultServerOptions = {}): Promise<FaultServer> {
  const users = Array.from({ length: options.users ?? 3 }, (_, i) => ({
    id: `u${i}`,
    username: `user${i}`,
    primaryEmail: `user${i}@fault.test`,
    name: `User ${i}`,
  }));
  const lists: Record<string, unknown[]> = {
    '/api/resources': [
      {
        id: 'r1',
        name: 'API',
        indicator: API,
        isDefault: true,
        accessTokenTtl: 3600,
        scopes: [{ id: 's1', resourceId: 'r1', name: 'read' }],
      },
    ],
    '/api/roles': [{ id: 'reader', name: 'Reader', type: 'User', description: '' }],
    '/api/roles/reader/scopes': [{ id: 's1', name: 'read', resourceId: 'r1', resource: { id: 'r1', indicator: API } }],
    '/api/roles/reader/users': users,
    '/api/users': users,
    '/api/applications': [],
    '/api/organizations': [],
    '/api/organization-roles': [],
    '/api/organization-scopes': [],
  };
  const requests: FaultServer['requests'] = [];
  const counts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  let issuer = '';

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    requests.push({ method: req.method ?? '', url: `${url.pathname}${url.search}` });
    const count = (counts.get(url.pathname) ?? 0) + 1;
    counts.set(url.pathname, count);
    const fault = options.fault?.({ path: url.pathname, count });
    if (fault === 'hang') return void hanging.add(res);
    if (fault === 'reset') return void req.socket.destroy();
    if (fault) return send(res, fault.status, fault.body, fault.headers);
    if (url.pathname === '/oidc/.well-known/openid-configuration') {
      return send(res, 200, { issuer, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` });
    }
    if (url.pathname === '/oidc/token' && req.method === 'POST') {
      // RFC 6749 §2.3.1: id and secret are form-encoded before Basic (openid-client encodes even "-").
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent);
      if (id !== CLIENT_ID || secret !== CLIENT_SECRET)
        return send(res, 401, { error: 'invalid_client', error_description: 'client authentication failed' });
      return send(res, 200, { access_token: TOKEN, token_type: 'Bearer', expires_in: 3600, scope: 'all' });
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`)
      return send(res, 401, {
        code: 'auth.unauthorized',
        message: 'Unauthorized. Please check credentials and its scope.',
      });
    const list = lists[url.pathname];
    if (!list) return send(res, 404, { code: 'guard.invalid_path', message: 'No such route.' });
    const answer = page(list, url.searchParams);
    return send(res, answer.status, answer.body, answer.headers);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oidc`;
  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    requests,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
