import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { World } from '../../../shared/sandbox/world.js';
import type { JSONWebKeySet } from 'jose';
import { SAMPLE_API_PREFIX } from '../../../shared/sandbox/sample-api.js';
import { handleInteraction, INTERACTION_PREFIX } from './pages/interaction-routes.js';
import { handleManagementApi } from './management-api/management-api-routes.js';
import { handleSampleApi, type SampleData } from './sample-api/sample-api-routes.js';
import {
  handleProtectedResourceMetadata,
  PROTECTED_RESOURCE_WELL_KNOWN,
} from './sample-api/protected-resource-metadata-route.js';
import type { SubjectTokens } from './tokens/subject-tokens.js';
import type { WorldChangeSource } from './sandbox-handle.js';

/** What one world looks like while it is served; swapped whole when a new world is applied. */
export interface SandboxState {
  world: World;
  /** What the authorization server serves: `world`, plus the sample APIs under their URLs (sample-api-identifiers). */
  servedWorld: World;
  provider: Provider;
  callback: (req: IncomingMessage, res: ServerResponse) => void;
  origin: string;
  issuer: string;
  signingAlg: string;
  /** Public keys as /oidc/jwks serves them, for the protected APIs the sandbox hosts. */
  publicJwks: JSONWebKeySet;
  sampleData: SampleData;
  subjectTokens: SubjectTokens;
  /** The world in force now (this state may have been replaced since the request began). */
  currentWorld(): World;
  applyWorld(world: World, source?: WorldChangeSource): Promise<number>;
}

const OIDC_PREFIX = '/oidc';

function underPrefix(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * DNS rebinding guard: a web page can make a browser send requests to 127.0.0.1 under its own host name.
 * Only the names the sandbox is reached by on this machine are served.
 */
function hostAllowed(req: IncomingMessage, origin: string): boolean {
  const { port } = new URL(origin);
  return req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
}

/** Logto reads `resource=a,b` as two resources, for clients that can send only one value (its changelog). */
function splitCommaResources(url: string): string {
  const parsed = new URL(url, 'http://sandbox');
  const resources = parsed.searchParams.getAll('resource');
  if (!resources.some((r) => r.includes(','))) return url;
  parsed.searchParams.delete('resource');
  for (const r of resources.flatMap((value) => value.split(',')))
    if (r.trim()) parsed.searchParams.append('resource', r.trim());
  return `${parsed.pathname}${parsed.search}`;
}

/** The sample API is called from browser apps too (SPAs): bearer tokens only, no cookies, so any origin may call. */
const SAMPLE_API_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, dpop',
  'access-control-allow-methods': 'GET, POST, DELETE',
  'access-control-expose-headers': 'www-authenticate, dpop-nonce',
};

/** The sandbox origin's layout, as on a Logto tenant: /oidc for OIDC, /api for APIs. */
export function routeRequest(state: SandboxState | undefined, req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/';
  if (!state) {
    sendJson(res, 503, { code: 'sandbox.starting', message: 'The sandbox is still starting; try again in a moment.' });
    return;
  }
  if (!hostAllowed(req, state.origin)) {
    sendJson(res, 421, {
      code: 'sandbox.wrong_host',
      message: `The sandbox answers only at ${state.origin} (or localhost on the same port).`,
    });
    return;
  }
  if (underPrefix(url, OIDC_PREFIX)) {
    const inner = url.slice(OIDC_PREFIX.length) || '/';
    // oidc-provider derives its mount path from originalUrl minus url (its "mounting" notes).
    req.url = inner.startsWith('/auth?') ? splitCommaResources(inner) : inner;
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = `${OIDC_PREFIX}${req.url}`;
    state.callback(req, res);
    return;
  }
  const serve = (
    handler: (state: SandboxState, req: IncomingMessage, res: ServerResponse) => Promise<void>,
    code: string,
  ) =>
    handler(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code, message: (error as Error).message });
    });
  if (underPrefix(url, INTERACTION_PREFIX)) return void serve(handleInteraction, 'sandbox.interaction_failed');
  if (underPrefix(url, SAMPLE_API_PREFIX)) {
    for (const [name, value] of Object.entries(SAMPLE_API_CORS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    return void serve(handleSampleApi, 'sandbox.internal_error');
  }
  if (underPrefix(url, PROTECTED_RESOURCE_WELL_KNOWN))
    return void serve(handleProtectedResourceMetadata, 'sandbox.internal_error');
  if (underPrefix(url, '/api')) return void serve(handleManagementApi, 'sandbox.internal_error');
  // Browsers ask every origin they show a page of for its icon; a 404 is a console error on the sandbox's sign-in
  // and sign-out pages (/oidc/session/end), so the sandbox answers that it has none.
  if (url === '/favicon.ico') {
    res.writeHead(204, { 'cache-control': 'max-age=86400' }).end();
    return;
  }
  sendJson(res, 404, {
    code: 'sandbox.not_found',
    message: `Nothing at ${url} on the sandbox. OIDC lives under ${OIDC_PREFIX}, the sample API under ${SAMPLE_API_PREFIX}, the Management API under /api.`,
  });
}
