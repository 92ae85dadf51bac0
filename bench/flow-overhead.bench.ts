// The app's client credentials flow (discovery, the token request, HTTP capture with masking, token decoding) against
// bare openid-client calls (discovery + clientCredentialsGrant) on the same sandbox in the same run.
// Target from issue 4: median per flow <= 1.10x bare.
import * as oidc from 'openid-client';
import { startSandbox } from '../electron/services/sandbox/start-sandbox.js';
import { runClientCredentials } from '../electron/services/flows/client-credentials.js';
import { median, type Benchmark } from './bench-result.js';

const REQUESTS = 200;
const PRODUCTS = 'https://products.tokenscope.test';

const bench: Benchmark = async () => {
  const sandbox = await startSandbox({ port: 0 });
  try {
    const m2m = sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!;
    const params = () => {
      const p = new URLSearchParams({ scope: 'read:products' });
      p.append('resource', PRODUCTS);
      return p;
    };
    const app = async () => {
      const result = await runClientCredentials({
        issuer: sandbox.issuer,
        client: { clientId: m2m.clientId, clientSecret: m2m.clientSecret, authMethod: 'client_secret_basic' },
        resources: [PRODUCTS],
        scope: 'read:products',
      });
      if (!result.ok || result.timeline.length !== 2) throw new Error(`the app's flow failed: ${JSON.stringify(result)}`);
    };
    const bare = async () => {
      const config = await oidc.discovery(new URL(sandbox.issuer), m2m.clientId, undefined, oidc.ClientSecretBasic(m2m.clientSecret!), {
        execute: [oidc.allowInsecureRequests],
        timeout: 15,
      });
      const tokens = await oidc.clientCredentialsGrant(config, params());
      if (!tokens.access_token) throw new Error('no token');
    };
    const time = async (run: () => Promise<void>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i += 1) {
      await app();
      await bare();
    }
    // Pairwise: each app flow next to a bare one, the order swapped every pair, so drift on a shared machine (other
    // processes, GC, the sandbox's own work) hits both alike.
    const samples = { app: [] as number[], bare: [] as number[] };
    for (let i = 0; i < REQUESTS; i += 1) {
      if (i % 2) {
        samples.app.push(await time(app));
        samples.bare.push(await time(bare));
      } else {
        samples.bare.push(await time(bare));
        samples.app.push(await time(app));
      }
    }
    const value = median(samples.app);
    const baseline = median(samples.bare);
    return [
      {
        name: 'client credentials flow, capture + masking + decode (median per flow)',
        value,
        unit: 'ms',
        baseline,
        target: '<= 1.10x bare openid-client',
        met: value <= 1.1 * baseline,
        detail: `${REQUESTS} flows each (discovery + token request), run in alternating pairs`,
      },
    ];
  } finally {
    await sandbox.close();
  }
};

export default bench;
