import type { ApiResourceSummary } from '../../../../shared/contract/connection.js';
import type { World } from '../../../../shared/sandbox/world.js';
import { allResources } from '../../../../shared/sandbox/world-queries.js';
import type { SandboxClient } from '../sandbox-handle.js';

export function resourceSummaries(world: World): ApiResourceSummary[] {
  return allResources(world).map((r) => ({
    indicator: r.indicator,
    name: r.name,
    scopes: r.permissions.map((p) => ({ name: p.name, ...(p.description ? { description: p.description } : {}) })),
  }));
}

/** The world's applications as the main side hands them to flows; secrets included, so never log these. */
export function sandboxClients(world: World): SandboxClient[] {
  return world.applications.map((a) => ({
    clientId: a.id,
    name: a.name,
    kind: a.type,
    hasSecret: Boolean(a.secret),
    ...(a.secret ? { clientSecret: a.secret } : {}),
    // The world holds only the app's public keys, so the built-in connection cannot sign its assertions (RFC 7523 §2.2).
    ...(a.tokenEndpointAuthMethod === 'private_key_jwt' ? { authMethod: 'private_key_jwt' as const } : {}),
  }));
}
