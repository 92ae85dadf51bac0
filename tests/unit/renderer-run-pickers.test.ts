import { describe, expect, it } from 'vitest';
import type { ApiResourceSummary, ConnectionSummary } from '../../shared/contract/connection.js';
import { offeredResources, requestedScopes } from '../../renderer/src/stores/offered-resources.js';
import { signInClient } from '../../renderer/src/stores/authorization-store.js';

const PRODUCTS: ApiResourceSummary = {
  indicator: 'https://products.example',
  name: 'Products',
  scopes: [{ name: 'read:products' }, { name: 'delete:products' }],
};
const ORDERS: ApiResourceSummary = {
  indicator: 'https://orders.example',
  name: 'Orders',
  scopes: [{ name: 'read:orders' }],
};

describe('requestedScopes: client credentials sends only what is visible', () => {
  const cases: { name: string; resources: string[]; scopes: string[]; sent: string[] }[] = [
    {
      name: 'ticked under a ticked API',
      resources: [PRODUCTS.indicator],
      scopes: ['read:products'],
      sent: ['read:products'],
    },
    {
      name: 'ticked under an API unticked since',
      resources: [ORDERS.indicator],
      scopes: ['read:products', 'read:orders'],
      sent: ['read:orders'],
    },
    { name: "no API ticked: none of the APIs' scopes", resources: [], scopes: ['delete:products'], sent: [] },
    {
      name: 'typed by hand (no API defines it) always',
      resources: [],
      scopes: ['custom:thing'],
      sent: ['custom:thing'],
    },
    {
      name: 'order kept',
      resources: [PRODUCTS.indicator, ORDERS.indicator],
      scopes: ['read:orders', 'x', 'read:products'],
      sent: ['read:orders', 'x', 'read:products'],
    },
  ];
  it.each(cases)('$name', ({ resources, scopes, sent }) => {
    expect(requestedScopes([PRODUCTS, ORDERS], resources, scopes)).toEqual(sent);
  });
});

describe("offeredResources: the connection's own, then those used on it", () => {
  const cases: {
    name: string;
    registered: ApiResourceSummary[];
    known?: { indicator: string; scopes: string[] }[];
    offered: ApiResourceSummary[];
  }[] = [
    { name: 'nothing known', registered: [PRODUCTS], offered: [PRODUCTS] },
    {
      name: 'a resource used on a connection that lists none',
      registered: [],
      known: [{ indicator: 'https://api.example', scopes: ['read'] }],
      offered: [{ indicator: 'https://api.example', name: 'https://api.example', scopes: [{ name: 'read' }] }],
    },
    {
      name: 'a remembered scope of a registered resource is added after its own',
      registered: [ORDERS],
      known: [{ indicator: ORDERS.indicator, scopes: ['read:orders', 'write:orders'] }],
      offered: [{ ...ORDERS, scopes: [{ name: 'read:orders' }, { name: 'write:orders' }] }],
    },
  ];
  it.each(cases)('$name', ({ registered, known, offered }) => {
    const knowledge = known && { connectionId: 'c', resources: known, scopes: [] };
    expect(offeredResources(registered, knowledge)).toEqual(offered);
  });
});

describe('signInClient: derived from the connection shown, never carried over', () => {
  const connection = (
    id: string,
    clients: [string, ConnectionSummary['clients'][number]['kind']][],
  ): ConnectionSummary => ({
    id,
    name: id,
    kind: 'issuer',
    issuer: `https://${id}.example/oidc`,
    resources: [],
    clients: clients.map(([clientId, kind]) => ({ clientId, name: clientId, kind, hasSecret: false })),
  });
  const sandbox = connection('sandbox', [
    ['tokenscope-native', 'native'],
    ['tokenscope-m2m', 'm2m'],
  ]);
  const other = connection('other', [
    ['m2m', 'm2m'],
    ['web-app', 'traditional'],
  ]);
  const cases: { name: string; on: ConnectionSummary; picked: Record<string, string>; client?: string }[] = [
    { name: 'nothing picked: the first user app', on: other, picked: {}, client: 'web-app' },
    {
      name: "picked on another connection: not this one's",
      on: other,
      picked: { sandbox: 'tokenscope-native' },
      client: 'web-app',
    },
    {
      name: 'picked here',
      on: sandbox,
      picked: { sandbox: 'tokenscope-native', other: 'web-app' },
      client: 'tokenscope-native',
    },
    { name: 'picked here but gone since (edited)', on: other, picked: { other: 'old-app' }, client: 'web-app' },
    { name: 'no user app at all', on: connection('m2m-only', [['m2m', 'm2m']]), picked: {}, client: undefined },
  ];
  it.each(cases)('$name', ({ on, picked, client }) => {
    expect(signInClient(on, picked)).toBe(client);
  });
});
