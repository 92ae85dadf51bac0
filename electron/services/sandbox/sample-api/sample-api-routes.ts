import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  matchSampleRoute,
  protectedResourceMetadataUrl,
  SAMPLE_ROUTES,
  sampleApiOfRoute,
  sampleApiUrl,
} from '../../../../shared/sandbox/sample-api.js';
import { type AccessTokenResult, checkAccessToken, checkScope, wwwAuthenticate } from './access-token-check.js';
import { DpopNonces } from './dpop-nonces.js';
import { DpopReplayCache } from './dpop-replay-cache.js';
import { checkTokenBinding } from './token-binding-check.js';
import { readJsonBody } from '../pages/read-form-body.js';
import { sendJson, type SandboxState } from '../sandbox-routes.js';

interface Item {
  id: string;
  name: string;
  [key: string]: unknown;
}

/** The sample API's data: lives as long as the sandbox, so a POST or DELETE shows on the next GET. */
export class SampleData {
  readonly products = new Map<string, Item>([
    ['p-1', { id: 'p-1', name: 'Teapot', price: 24 }],
    ['p-2', { id: 'p-2', name: 'Kettle', price: 39 }],
  ]);
  readonly orders = new Map<string, Item>([['o-1', { id: 'o-1', name: 'Order #1', productId: 'p-1', quantity: 2 }]]);
  /** RFC 9449 §11.1 and §9: the proofs seen and the nonces handed out, kept across worlds like the data. */
  readonly dpopReplay = new DpopReplayCache();
  readonly dpopNonces = new DpopNonces();
  private next = 3;

  newId(prefix: string): string {
    return `${prefix}-${this.next++}`;
  }
}

/**
 * /sample-api/...: checks the bearer token exactly as an API protected by Logto must (signature via the JWKS, exp,
 * iss, aud, the route's permission), and answers failures with 401/403, an RFC 6750 challenge and a JSON body
 * naming the check that failed. Each challenge names the API's metadata (RFC 9728 §5.1).
 */
export async function handleSampleApi(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', state.origin).pathname;
  const matched = matchSampleRoute(req.method ?? 'GET', path);
  if (!matched) {
    const known = SAMPLE_ROUTES.map((r) => `${r.method} ${r.path}`).join(', ');
    sendJson(res, 404, { error: 'not_found', message: `No sample API route ${req.method} ${path}. Routes: ${known}.` });
    return;
  }
  const { route, id } = matched;
  const api = sampleApiOfRoute(route);
  const settings = state.world.resources.find((r) => r.indicator === api.indicator);
  const required = settings?.dpopBoundAccessTokensRequired === true;
  const checked = await checkAccessToken(req.headers.authorization, {
    issuer: state.issuer,
    // The world's name for the API, or the URL it is served at (see sample-api-identifiers.ts).
    audience: [route.audience, sampleApiUrl(state.origin, api)],
    // The permission is checked once the token is known to be the caller's (its DPoP binding), below.
    schemes: ['bearer', 'dpop'],
    jwks: state.publicJwks,
  });
  const binding = checked.ok
    ? await checkTokenBinding({
        scheme: checked.scheme,
        token: checked.token,
        payload: checked.payload,
        proofs: req.headersDistinct.dpop ?? [],
        method: req.method ?? 'GET',
        // The host was checked by the router: 127.0.0.1 or localhost on the sandbox's port.
        url: `http://${req.headers.host ?? ''}${path}`,
        required,
        ...(settings?.dpopNonce ? { nonces: state.sampleData.dpopNonces } : {}),
        replay: state.sampleData.dpopReplay,
        nowSeconds: Math.floor(Date.now() / 1000),
      })
    : undefined;
  const denied = binding ?? (checked.ok ? checkScope(checked.payload, route.scope) : undefined);
  const result: AccessTokenResult = denied ? { ok: false, failure: denied } : checked;
  if (!result.ok) {
    const { failure } = result;
    // RFC 9449 §7.1: answer in the DPoP scheme when the API requires it or the request or failure was about DPoP.
    const dpop = required || failure.check.startsWith('dpop') || /^dpop /i.test(req.headers.authorization ?? '');
    sendJson(
      res,
      failure.status,
      {
        error: failure.error ?? 'invalid_request',
        check: failure.check,
        message: failure.message,
        required: { audience: route.audience, scope: route.scope },
      },
      {
        'www-authenticate': wwwAuthenticate(
          route.audience,
          failure,
          route.scope,
          protectedResourceMetadataUrl(state.origin, api),
          dpop ? 'dpop' : 'bearer',
        ),
        ...(failure.nonce ? { 'dpop-nonce': failure.nonce } : {}),
      },
    );
    return;
  }
  const caller = {
    sub: result.payload.sub,
    ...(result.scheme === 'dpop' ? { dpop_jkt: result.payload.cnf?.jkt } : {}),
    client_id: result.payload.client_id,
    scope: result.payload.scope,
    organization_id: result.payload.organization_id,
  };
  const collection = route.path.includes('/products') ? state.sampleData.products : state.sampleData.orders;
  if (route.method === 'GET' && id === undefined) {
    sendJson(res, 200, { data: [...collection.values()], caller });
  } else if (route.method === 'GET') {
    const item = collection.get(id!);
    sendJson(res, item ? 200 : 404, item ? { data: item, caller } : { error: 'not_found', message: `No item ${id}.` });
  } else if (route.method === 'POST') {
    const body = await readJsonBody(req);
    const item = {
      ...body,
      id: state.sampleData.newId(collection === state.sampleData.products ? 'p' : 'o'),
      name: String(body.name ?? 'Unnamed'),
    };
    collection.set(item.id, item);
    sendJson(res, 201, { data: item, caller });
  } else {
    const existed = collection.delete(id!);
    sendJson(
      res,
      existed ? 200 : 404,
      existed ? { deleted: id, caller } : { error: 'not_found', message: `No item ${id}.` },
    );
  }
}
