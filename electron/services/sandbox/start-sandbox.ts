import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Provider } from 'oidc-provider';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../../shared/sandbox/default-world.js';
import type { World } from '../../../shared/sandbox/world.js';
import { loadOidcProvider } from './load-oidc-provider.js';
import { SandboxStore } from './memory-adapter.js';
import { newCookieKeys, providerConfiguration } from './provider-configuration.js';
import type { SandboxHandle, StartSandboxOptions } from './sandbox-handle.js';
import { generateSigningKey, type SigningKey } from './signing-keys.js';
import { resourceSummaries, sandboxClients } from './world-summary.js';

/** Logto's layout: the OIDC endpoints live under /oidc on the tenant origin. */
const OIDC_PREFIX = '/oidc';

export function defaultWorld(): World {
  return parseYaml(DEFAULT_WORLD_YAML) as World;
}

/** Starts a Logto-like authorization server on 127.0.0.1 for `options.world` (the default world when absent). */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  const { Provider, errors } = await loadOidcProvider();
  let world = options.world ?? defaultWorld();
  const store = new SandboxStore();
  const cookieKeys = newCookieKeys();
  const keys = new Map<SigningKey['type'], SigningKey>();
  let provider: Provider | undefined;
  let providerCallback: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if ((url === OIDC_PREFIX || url.startsWith(`${OIDC_PREFIX}/`) || url.startsWith(`${OIDC_PREFIX}?`)) && providerCallback) {
      // oidc-provider derives its mount path from originalUrl minus url (see its "mounting" notes).
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = url.slice(OIDC_PREFIX.length) || '/';
      providerCallback(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 'not_found', message: `Nothing at ${url} on the sandbox. OIDC lives under ${OIDC_PREFIX}.` }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const issuer = `${origin}${OIDC_PREFIX}`;

  function buildProvider(): void {
    const type = world.signingKey ?? 'EC';
    if (!keys.has(type)) keys.set(type, generateSigningKey(type));
    const active = keys.get(type)!;
    const others = [...keys.values()].filter((k) => k !== active);
    provider = new Provider(
      issuer,
      providerConfiguration({ world: () => world, store, keys: [active, ...others], errors, cookieKeys }),
    );
    providerCallback = provider.callback();
  }
  buildProvider();

  const handle: SandboxHandle = {
    issuer,
    origin,
    port,
    resources: resourceSummaries(world),
    clients: sandboxClients(world),
    world,
    async applyWorld(next) {
      world = next;
      buildProvider();
      handle.world = next;
      handle.resources = resourceSummaries(next);
      handle.clients = sandboxClients(next);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return handle;
}
