import { describe, expect, it } from 'vitest';
import { firstTokenRequest } from '../../renderer/src/features/first-run/first-token-request';
import type { ConnectionSummary } from '../../shared/contract/connection';

const m2m = { clientId: 'job', name: 'Job', kind: 'm2m' as const, hasSecret: true };
const products = {
  indicator: 'https://products.example',
  name: 'Products',
  scopes: [{ name: 'read:products' }, { name: 'write:products' }],
};
const sandbox: ConnectionSummary = {
  id: 'sandbox',
  name: 'Sandbox',
  kind: 'sandbox',
  issuer: 'http://127.0.0.1:1/oidc',
  resources: [products],
  clients: [{ clientId: 'spa', name: 'SPA', kind: 'spa', hasSecret: false }, m2m],
};

describe('firstTokenRequest', () => {
  it.each<[string, ConnectionSummary, ReturnType<typeof firstTokenRequest>]>([
    [
      'the M2M app, the first resource, all its permissions',
      sandbox,
      {
        connectionId: 'sandbox',
        clientId: 'job',
        resources: ['https://products.example'],
        scope: 'read:products write:products',
      },
    ],
    ['none without an M2M app holding a secret', { ...sandbox, clients: [{ ...m2m, hasSecret: false }] }, undefined],
    [
      'none for an M2M app on private_key_jwt (the sandbox connection holds no key)',
      { ...sandbox, clients: [{ ...m2m, authMethod: 'private_key_jwt' }] },
      undefined,
    ],
    ['none without an API resource', { ...sandbox, resources: [] }, undefined],
    ['none when the sandbox is unavailable', { ...sandbox, unavailable: 'port in use' }, undefined],
    ['none for a connection that is not the sandbox', { ...sandbox, kind: 'issuer' }, undefined],
  ])('%s', (_name, connection, expected) => {
    expect(firstTokenRequest(connection)).toEqual(expected);
  });
});
