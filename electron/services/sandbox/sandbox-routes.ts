import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { World } from '../../../shared/sandbox/world.js';
import type { JSONWebKeySet } from 'jose';
import { SAMPLE_API_PREFIX } from '../../../shared/sandbox/sample-api.js';
import { handleInteraction, INTERACTION_PREFIX } from './interaction-routes.js';
import { handleManagementApi } from './management-api-routes.js';
import { handleSampleApi, type SampleData } from './sample-api-routes.js';

/** What one world looks like while it is served; swapped whole when a new world is applied. */
export interface SandboxState {
  world: World;
  provider: Provider;
  callback: (req: IncomingMessage, res: ServerResponse) => void;
  origin: string;
  issuer: string;
  signingAlg: string;
  /** Public keys as /oidc/jwks serves them, for the protected APIs the sandbox hosts. */
  publicJwks: JSONWebKeySet;
  sampleData: SampleData;
  applyWorld(world: World): Promise<void>;
}

const OIDC_PREFIX = '/oidc';

function underPrefix(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** The sandbox origin's layout, as on a Logto tenant: /oidc for OIDC, /api for APIs. */
export function routeRequest(state: SandboxState | undefined, req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/';
  if (!state) {
    sendJson(res, 503, { code: 'sandbox.starting', message: 'The sandbox is still starting; try again in a moment.' });
    return;
  }
  if (underPrefix(url, OIDC_PREFIX)) {
    // oidc-provider derives its mount path from originalUrl minus url (its "mounting" notes).
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
    req.url = url.slice(OIDC_PREFIX.length) || '/';
    state.callback(req, res);
    return;
  }
  if (underPrefix(url, INTERACTION_PREFIX)) {
    handleInteraction(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'sandbox.interaction_failed', message: (error as Error).message });
    });
    return;
  }
  const serve = (handler: (state: SandboxState, req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
    handler(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'sandbox.internal_error', message: (error as Error).message });
    });
  if (underPrefix(url, SAMPLE_API_PREFIX)) return void serve(handleSampleApi);
  if (underPrefix(url, '/api')) return void serve(handleManagementApi);
  sendJson(res, 404, { code: 'sandbox.not_found', message: `Nothing at ${url} on the sandbox. OIDC lives under ${OIDC_PREFIX}, the sample API under ${SAMPLE_API_PREFIX}, the Management API under /api.` });
}
