import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Provider } from 'oidc-provider';
import type { World } from '../../../shared/sandbox/world.js';
import type { WorldProblem } from '../../../shared/sandbox/world-problem.js';
import { loadOidcProvider } from './provider/load-oidc-provider.js';
import { idTokenAsLogto } from './tokens/id-token-as-logto.js';
import { introspectionAsLogto } from './tokens/introspection-as-logto.js';
import { logtoErrorBody } from './provider/logto-error-body.js';
import { SandboxStore } from './provider/memory-adapter.js';
import { newCookieKeys, providerConfiguration } from './provider/provider-configuration.js';
import type { SandboxHandle, StartSandboxOptions, WorldChangeSource } from './sandbox-handle.js';
import { routeRequest, type SandboxState } from './sandbox-routes.js';
import { SampleData } from './sample-api/sample-api-routes.js';
import { generateSigningKey, publicJwk, type SigningKey } from './provider/signing-keys.js';
import { logtoProvider } from './provider/logto-provider.js';
import { SubjectTokens } from './tokens/subject-tokens.js';
import { withSampleApiIdentifiers } from '../../../shared/sandbox/sample-api-identifiers.js';
import { registerTokenExchange } from './tokens/token-exchange-grant.js';
import { defaultWorld } from './world/world-file.js';
import { resourceSummaries, sandboxClients } from './world/world-summary.js';
import { assertWorld, WorldError } from './world/world-validation.js';

export { defaultWorld };

/** Logto's layout: the OIDC endpoints live under /oidc on the tenant origin. */
export const OIDC_PREFIX = '/oidc';

/** Starts a Logto-like authorization server on 127.0.0.1 for `options.world` (the default world when absent). */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  const { Provider, errors } = await loadOidcProvider();
  if (options.world) assertWorld(options.world, 'the world given to startSandbox');
  const store = new SandboxStore();
  const cookieKeys = newCookieKeys();
  const keys = new Map<SigningKey['type'], SigningKey>();
  let state: SandboxState | undefined;
  const sampleData = new SampleData();
  const subjectTokens = new SubjectTokens(store);

  const server = createServer((req, res) => routeRequest(state, req, res));
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

  /** A provider for `world`, its clients checked by oidc-provider itself so a bad one is refused before it serves. */
  async function build(world: World): Promise<SandboxState> {
    const type = world.signingKey ?? 'EC';
    if (!keys.has(type)) keys.set(type, generateSigningKey(type));
    const active = keys.get(type)!;
    const others = [...keys.values()].filter((k) => k !== active);
    const served = withSampleApiIdentifiers(world, origin);
    const SandboxProvider = logtoProvider(Provider, { world: () => served, errors, signingAlg: active.alg, store });
    const provider: Provider = new SandboxProvider(
      issuer,
      providerConfiguration({ world: () => served, store, keys: [active, ...others], errors, cookieKeys }),
    );
    const publicJwks = { keys: [active, ...others].map((k) => publicJwk(k.jwk)) };
    registerTokenExchange(provider, { world: () => served, errors, signingAlg: active.alg, subjectTokens, publicJwks });
    provider.use(logtoErrorBody);
    provider.use(idTokenAsLogto(() => active));
    provider.use(introspectionAsLogto(() => world.logto));
    const problems: WorldProblem[] = [];
    for (const [i, app] of world.applications.entries()) {
      try {
        await provider.Client.find(app.id);
      } catch (error) {
        const detail = (error as { error_description?: string }).error_description ?? (error as Error).message;
        // oidc-provider says which member of which key is wrong only in the cause.
        const cause = ((error as Error).cause as Error | undefined)?.message;
        problems.push({
          path: `/applications/${i}`,
          message: `oidc-provider refuses this client: ${detail}${cause ? ` (${cause})` : ''}.`,
        });
      }
    }
    if (problems.length) throw new WorldError(problems);
    return {
      world,
      servedWorld: served,
      provider,
      callback: provider.callback(),
      origin,
      issuer,
      signingAlg: active.alg,
      publicJwks,
      sampleData,
      subjectTokens,
      currentWorld: () => state?.world ?? world,
      applyWorld,
    };
  }

  const listeners = new Set<(world: World, source: WorldChangeSource) => void>();

  // Worlds are built one at a time, in the order asked. Two builds at once would each swap `state` when done, so a
  // slower, older world could replace a newer one after the newer one's caller heard it was applied.
  let applying: Promise<unknown> = Promise.resolve();

  async function applyWorld(next: World, source: WorldChangeSource = 'caller'): Promise<number> {
    // A copy, taken now, so later changes to the caller's object cannot change the rules behind the sandbox's back.
    const world = structuredClone(next);
    const applied = applying.then(async () => {
      // Bad worlds never take down a running sandbox: nothing changes until the new one has passed every check.
      assertWorld(world);
      state = await build(world);
      handle.world = world;
      handle.worldNumber += 1;
      handle.resources = resourceSummaries(world);
      handle.clients = sandboxClients(world);
      for (const listener of listeners) listener(world, source);
      return handle.worldNumber;
    });
    applying = applied.catch(() => {}); // a refused world is its caller's answer; the next one is built anyway
    return applied;
  }

  try {
    state = await build(options.world ? structuredClone(options.world) : defaultWorld());
  } catch (error) {
    server.close();
    throw error;
  }

  const handle: SandboxHandle = {
    issuer,
    origin,
    port,
    resources: resourceSummaries(state.world),
    clients: sandboxClients(state.world),
    world: state.world,
    worldNumber: 1,
    applyWorld: (world) => applyWorld(world),
    onWorldApplied(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return handle;
}
