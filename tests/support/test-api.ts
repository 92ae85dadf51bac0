/**
 * A protected API for the Start-from-an-API tests, real HTTP on loopback, whose RFC 9728 metadata is right on one
 * path and wrong in each way a chain can break on the others. Every API path answers 401 without a token; `good`
 * and `header-less` accept a JWT from `issuer` whose `aud` is their URL (checked with jose against its JWKS).
 *
 * | path | what is wrong |
 * |---|---|
 * | `/good` | nothing: 401 names resource_metadata, the metadata names this URL and the issuer |
 * | `/header-less` | nothing, but its 401 has no resource_metadata: found at the path-inserted well-known URL |
 * | `/custom-location` | nothing: its 401 names metadata at `/meta/custom.json`, and only there (MCP Inspector #576) |
 * | `/no-metadata` | no metadata anywhere |
 * | `/mismatch` | metadata names another resource |
 * | `/no-servers` | metadata lists no authorization_servers |
 * | `/as-without-metadata` | its authorization server publishes no metadata |
 * | `/registration-refused` | its authorization server (`/as`, here) refuses to register clients |
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';

export const TEST_API_PATHS = [
  'good',
  'header-less',
  'custom-location',
  'no-metadata',
  'mismatch',
  'no-servers',
  'as-without-metadata',
  'registration-refused',
] as const;
export type TestApiPath = (typeof TEST_API_PATHS)[number];

export interface TestApi {
  origin: string;
  url(path: TestApiPath): string;
  close(): Promise<void>;
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

export async function startTestApi(issuer: string): Promise<TestApi> {
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
  let origin = '';
  const metadataFor = (path: TestApiPath): Record<string, unknown> | undefined => {
    const resource = `${origin}/${path}`;
    const servers = { authorization_servers: [issuer] };
    switch (path) {
      case 'no-metadata':
        return undefined;
      case 'mismatch':
        return { resource: 'https://another-api.example.com/good', ...servers };
      case 'no-servers':
        return { resource, scopes_supported: ['read:things'] };
      case 'as-without-metadata':
        return { resource, authorization_servers: [`${origin}/missing-as`] };
      case 'registration-refused':
        return { resource, authorization_servers: [`${origin}/as`] };
      default:
        return { resource, ...servers, scopes_supported: ['read:things'], bearer_methods_supported: ['header'] };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === '/meta/custom.json') return send(res, 200, metadataFor('custom-location'));
    const wellKnown = /^\/\.well-known\/oauth-protected-resource\/(.+)$/.exec(path);
    if (wellKnown && wellKnown[1] !== 'custom-location') {
      const metadata = metadataFor(wellKnown[1] as TestApiPath);
      return metadata ? send(res, 200, metadata) : send(res, 404, { error: 'not_found' });
    }
    // An authorization server that publishes metadata with a registration endpoint, and refuses every registration.
    if (path === '/.well-known/oauth-authorization-server/as')
      return send(res, 200, {
        issuer: `${origin}/as`,
        authorization_endpoint: `${origin}/as/auth`,
        token_endpoint: `${origin}/as/token`,
        registration_endpoint: `${origin}/as/register`,
        response_types_supported: ['code'],
      });
    if (path === '/as/register')
      return send(res, 400, { error: 'invalid_redirect_uri', error_description: 'loopback redirects are not allowed' });
    const name = path.slice(1) as TestApiPath;
    if (!TEST_API_PATHS.includes(name)) return send(res, 404, { error: 'not_found' });
    const metadataUrl =
      name === 'custom-location'
        ? `${origin}/meta/custom.json`
        : `${origin}/.well-known/oauth-protected-resource/${name}`;
    const challenge =
      name === 'header-less'
        ? 'Bearer realm="test-api"'
        : `Bearer realm="test-api", resource_metadata="${metadataUrl}"`;
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return send(res, 401, { error: 'unauthorized' }, { 'www-authenticate': challenge });
    try {
      await jwtVerify(token, jwks, { issuer, audience: `${origin}/${name}` });
      return send(res, 200, { things: ['a', 'b'] });
    } catch (error) {
      const description = (error as Error).message.replace(/"/g, "'");
      return send(
        res,
        401,
        { error: 'invalid_token' },
        {
          'www-authenticate': `${challenge}, error="invalid_token", error_description="${description}"`,
        },
      );
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: 'server_error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
