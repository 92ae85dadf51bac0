/**
 * The sample protected API the sandbox serves under /sample-api: the products and orders APIs of the default world.
 * Each route names the audience and the permission it requires, so the UI can show why a call passed or failed.
 */
export const PRODUCTS_API = 'https://products.tokenscope.test';
export const ORDERS_API = 'https://orders.tokenscope.test';
export const SAMPLE_API_PREFIX = '/sample-api';

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
