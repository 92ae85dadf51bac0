/**
 * The sample protected API the sandbox serves under /sample-api: the products and orders APIs of the default world.
 * Each route names the audience and the permission it requires, so the UI can show why a call passed or failed.
 */
export const PRODUCTS_API = 'https://products.tokenscope.test';
export const ORDERS_API = 'https://orders.tokenscope.test';
export const SAMPLE_API_PREFIX = '/sample-api';

/** One sample API: the path it is served at on the sandbox origin, and the world's indicator for it. */
export interface SampleApi {
  path: string;
  indicator: string;
}

export const SAMPLE_APIS: SampleApi[] = [
  { path: `${SAMPLE_API_PREFIX}/products`, indicator: PRODUCTS_API },
  { path: `${SAMPLE_API_PREFIX}/orders`, indicator: ORDERS_API },
];

export interface SampleRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path under the sandbox origin; `:id` is a path parameter. */
  path: string;
  audience: string;
  scope: string;
}

export const SAMPLE_ROUTES: SampleRoute[] = [
  { method: 'GET', path: `${SAMPLE_API_PREFIX}/products`, audience: PRODUCTS_API, scope: 'read:products' },
  { method: 'GET', path: `${SAMPLE_API_PREFIX}/products/:id`, audience: PRODUCTS_API, scope: 'read:products' },
  { method: 'POST', path: `${SAMPLE_API_PREFIX}/products`, audience: PRODUCTS_API, scope: 'write:products' },
  { method: 'DELETE', path: `${SAMPLE_API_PREFIX}/products/:id`, audience: PRODUCTS_API, scope: 'delete:products' },
  { method: 'GET', path: `${SAMPLE_API_PREFIX}/orders`, audience: ORDERS_API, scope: 'read:orders' },
  { method: 'POST', path: `${SAMPLE_API_PREFIX}/orders`, audience: ORDERS_API, scope: 'write:orders' },
];

/** The route for a method and path, with its `:id` when it has one. */
export function matchSampleRoute(method: string, path: string): { route: SampleRoute; id?: string } | undefined {
  for (const route of SAMPLE_ROUTES) {
    if (route.method !== method) continue;
    const pattern = new RegExp(`^${route.path.replace(':id', '([^/]+)')}$`);
    const match = pattern.exec(path);
    if (match) return { route, ...(match[1] ? { id: decodeURIComponent(match[1]) } : {}) };
  }
  return undefined;
}

/** The sample API a route belongs to (the one whose indicator is the route's audience). */
export function sampleApiOfRoute(route: SampleRoute): SampleApi {
  return SAMPLE_APIS.find((api) => api.indicator === route.audience)!;
}

/**
 * The URL a client calls the sample API at, which is also its resource identifier for a client that starts from that
 * URL (RFC 9728 §3.3: the metadata's `resource` must equal it). No trailing slash, as RFC 9728 §3.1's examples.
 */
export function sampleApiUrl(origin: string, api: SampleApi): string {
  return `${origin}${api.path}`;
}

/** RFC 9728 §3: the well-known suffix of protected-resource metadata. */
export const PROTECTED_RESOURCE_WELL_KNOWN = '/.well-known/oauth-protected-resource';

/**
 * RFC 9728 §3.1: the well-known path goes between the host and the resource's path, so `http://h/sample-api/products`
 * has its metadata at `http://h/.well-known/oauth-protected-resource/sample-api/products`.
 */
export function protectedResourceMetadataUrl(origin: string, api: SampleApi): string {
  return `${origin}${PROTECTED_RESOURCE_WELL_KNOWN}${api.path}`;
}
