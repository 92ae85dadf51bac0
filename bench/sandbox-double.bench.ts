// Issue 14: `tokenscope sandbox --world FILE --json` as a CI job starts it, a whole process from spawn to its JSON
// line, against a bare oidc-provider started with the same clients in the same run (target <= 1.5x); and the memory
// (RSS) of a sandbox holding a world of 10,000 users, stated beside the bare provider's.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { median, ratioFigure, type Benchmark } from './bench-result.js';
import { alternate } from './alternate.js';
import { PROJECT_DIR, ensureBuilt } from '../tests/support/build.js';
import { worldWithUsers } from '../tests/support/large-world.js';
import { DEFAULT_WORLD_YAML } from '../shared/sandbox/default-world.js';
import { parseWorld } from '../electron/services/sandbox/world/world-validation.js';
import type { World } from '../shared/sandbox/world.js';

const RUNS = 7;
const BARE = fileURLToPath(new URL('./fixtures/bare-oidc-provider/start.mjs', import.meta.url));

/** The world's apps as oidc-provider client metadata: what a bare provider would need to serve the same clients. */
function bareClients(world: World) {
  return world.applications.map((app) => {
    const confidential = app.type === 'traditional' || app.type === 'm2m';
    return {
      client_id: app.id,
      ...(confidential ? { client_secret: app.secret } : {}),
      token_endpoint_auth_method: confidential ? 'client_secret_basic' : 'none',
      grant_types: app.type === 'm2m' ? ['client_credentials'] : ['authorization_code', 'refresh_token'],
      response_types: app.type === 'm2m' ? [] : ['code'],
      redirect_uris: app.redirectUris ?? [],
    };
  });
}

interface Launched {
  /** Wall time from spawn to the JSON line, in ms. */
  ms: number;
  /** Resident set size once ready, in MB (Linux /proc). */
  rssMb: number;
}

/** Spawns `node ...args`, times it to its first JSON line, reads its RSS, and stops it. */
function launch(args: string[], env: NodeJS.ProcessEnv): Promise<Launched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: PROJECT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code} before its JSON line: ${err}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const ms = performance.now() - started;
      void readFile(`/proc/${child.pid}/status`, 'utf8').then((status) => {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
        child.removeAllListeners('exit');
        child.once('exit', () => resolve({ ms, rssMb: kb / 1024 }));
        child.kill('SIGTERM');
      }, reject);
    });
  });
}

const bench: Benchmark = async () => {
  // Built first: a stale build makes bin/tokenscope.js compile TypeScript at start, which CI would not pay.
  ensureBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'tokenscope-double-'));
  const env = { ...process.env, TOKENSCOPE_DATA_DIR: dir };
  try {
    const small = join(dir, 'world.yaml');
    const large = join(dir, 'world-10000.yaml');
    const smallClients = join(dir, 'clients.json');
    const largeClients = join(dir, 'clients-10000.json');
    await writeFile(small, DEFAULT_WORLD_YAML);
    const largeText = worldWithUsers(10_000 - parseWorld(DEFAULT_WORLD_YAML).users.length);
    await writeFile(large, largeText);
    await writeFile(smallClients, JSON.stringify(bareClients(parseWorld(DEFAULT_WORLD_YAML))));
    await writeFile(largeClients, JSON.stringify(bareClients(parseWorld(largeText))));

    const sandbox = (file: string) => ['bin/tokenscope.js', 'sandbox', '--world', file, '--json'];
    await launch(sandbox(small), env);
    await launch([BARE, smallClients], env);
    // Interleaved, so a busy moment on a shared machine weighs on both alike.
    const times = await alternate(RUNS, {
      bare: async () => (await launch([BARE, smallClients], env)).ms,
      sandbox: async () => (await launch(sandbox(small), env)).ms,
    });
    const memory = await alternate(3, {
      bare: async () => (await launch([BARE, largeClients], env)).rssMb,
      sandbox: async () => (await launch(sandbox(large), env)).rssMb,
    });
    const rss = median(memory.sandbox);
    return [
      ratioFigure({
        name: 'tokenscope sandbox --world FILE --json, spawn to JSON line (default world)',
        unit: 'ms',
        values: times.sandbox,
        baselines: times.bare,
        ratio: 1.5,
        target: '<= 1.5x a bare oidc-provider with the same clients',
        detail: `median of ${RUNS}, interleaved; baseline: node + oidc-provider, same clients, JSON line on listen`,
      }),
      {
        name: 'RSS of a sandbox holding 10,000 users, once ready',
        value: rss,
        unit: 'MB',
        baseline: median(memory.bare),
        target: 'stated; budget <= 512 MB',
        met: rss <= 512,
        detail: `median of 3; baseline: the bare oidc-provider with the same ${parseWorld(largeText).applications.length} clients (it holds no users)`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

export default bench;
