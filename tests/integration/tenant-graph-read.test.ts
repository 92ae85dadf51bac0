import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import { parseWorld } from '../../electron/services/sandbox/world/world-validation.js';
import { readTenant } from '../../electron/services/tenant/tenant-reader.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { MANAGEMENT_API } from '../../shared/sandbox/management-api.js';
import { tenantTokenPath, tokenPath } from '../../shared/sandbox/token-path.js';
import type { World } from '../../shared/sandbox/world.js';
import { tenantGraph, worldGraph, type WorldGraph } from '../../shared/sandbox/world-graph.js';
import { pathByCodes } from '../support/token-path-codes.js';

const PRODUCTS = 'https://products.tokenscope.test';
const defaultWorld = parseWorld(DEFAULT_WORLD_YAML);
/** The default world, with an organization role that grants the Management API and the M2M app in it twice over. */
const organizations: World = {
  ...defaultWorld,
  organizationRoles: [
    ...(defaultWorld.organizationRoles ?? []),
    { id: 'auditor', name: 'auditor', permissions: [], resourcePermissions: { [MANAGEMENT_API.indicator]: ['all'] } },
  ],
  organizations: [...(defaultWorld.organizations ?? []), { id: 'globex', name: 'Globex' }],
  users: defaultWorld.users.map((u) =>
    u.id === 'noah' ? { ...u, organizations: [{ organization: 'globex', roles: ['auditor', 'member'] }] } : u,
  ),
};

/** A graph with its order left out (a read lists in its own order): every node and edge, labels and all. */
const comparable = (graph: WorldGraph) => ({
  nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
});

describe('the graph of a tenant read over HTTP from the sandbox’s Management API', () => {
  it.each<[string, World]>([
    ['the default world', defaultWorld],
    ['a world whose organization role grants the Management API', organizations],
  ])('%s: the same graph as its world’s, and the same path for a client credentials token', async (_what, world) => {
    const sandbox = await startSandbox({ world });
    try {
      const secretOf = (id: string) => sandbox.clients.find((c) => c.clientId === id)!.clientSecret!;
      const outcome = await readTenant({
        issuer: sandbox.issuer,
        credentials: { clientId: 'tokenscope-admin-script', clientSecret: secretOf('tokenscope-admin-script') },
        readId: 'graph',
      });
      expect(outcome.tenant?.completeness).toEqual({ complete: true });
      const read = outcome.tenant!;
      const graph = tenantGraph(read);
      expect(comparable(graph)).toEqual(comparable(worldGraph(sandbox.world)));

      const response = await fetch(`${sandbox.issuer}/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`tokenscope-m2m:${secretOf('tokenscope-m2m')}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          resource: PRODUCTS,
          scope: 'read:products write:products delete:products',
        }),
      });
      const { access_token: token } = (await response.json()) as { access_token: string };
      const input = {
        payload: decodeJwt(token),
        request: { resources: [PRODUCTS], scopes: ['read:products', 'write:products', 'delete:products'] },
      };
      const fromRead = tenantTokenPath(read, graph, input);
      expect(fromRead.nodes).toContain('role:inventory-sync');
      expect(fromRead.broken.map((b) => b.scope)).toEqual(['delete:products']);
      expect(pathByCodes(fromRead)).toEqual(pathByCodes(tokenPath(sandbox.world, worldGraph(sandbox.world), input)));
    } finally {
      await sandbox.close();
    }
  });
});
