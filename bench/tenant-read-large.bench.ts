// Issue 15, "large tenants load with progress": reading a 10,000-user tenant (100 roles, 50 organizations) through
// the sandbox's Management API against the same read (the same reader, every request the same) from a plain
// loopback server that answers each request with the JSON the sandbox gave it, recorded once. So the ratio is what
// the sandbox's routes cost beyond serving JSON. Target <= 2x: the sandbox builds its answers from the world (and
// checks each token's signature) where the plain server only writes bytes it already has.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { median, type BenchFigure, type Benchmark } from './bench-result.js';
import { startSandbox } from '../electron/services/sandbox/start-sandbox.js';
import { readTenant } from '../electron/services/tenant/tenant-reader.js';
import type { TimelineEntry } from '../shared/flows/timeline.js';
import { largeTenantWorld } from './fixtures/large-tenant-world.js';

const SIZE = { users: 10_000, roles: 100, organizations: 50 };
const ROUNDS = 7;
const ADMIN = 'tokenscope-admin-script';
const KEPT_HEADERS = ['content-type', 'total-number', 'link', 'cache-control'];

interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Every answer of one read, keyed by method and path with query, the sandbox's origin swapped for the server's. */
async function plainServer(entries: TimelineEntry[], sandboxOrigin: string): Promise<{ server: Server; url: string }> {
  const answers = new Map<string, Recorded>();
  const server = createServer((req, res) => {
    const answer = answers.get(`${req.method} ${req.url}`);
    req.resume();
    if (!answer) return void res.writeHead(404).end();
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const swap = (text: string) => text.replaceAll(sandboxOrigin, origin);
  for (const entry of entries) {
    const url = new URL(entry.url);
    const headers = Object.fromEntries(
      Object.entries(entry.responseHeaders)
        .filter(([name]) => KEPT_HEADERS.includes(name.toLowerCase()))
        .map(([name, value]) => [name, swap(value)]),
    );
    const body = swap(entry.responseBody ?? '');
    answers.set(`${entry.method} ${url.pathname}${url.search}`, { status: entry.status ?? 500, headers, body });
  }
  return { server, url: `${origin}/oidc` };
}

async function tenantReadLarge(): Promise<BenchFigure[]> {
  const sandbox = await startSandbox({ world: largeTenantWorld(SIZE) });
  let plain: Server | undefined;
  try {
    const admin = sandbox.clients.find((c) => c.clientId === ADMIN)!;
    const read = async (issuer: string) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const outcome = await readTenant({
        issuer,
        credentials: { clientId: ADMIN, clientSecret: admin.clientSecret! },
        readId: 'bench',
      });
      const tenant = outcome.tenant;
      if (!tenant?.completeness.complete || tenant.users.length !== SIZE.users)
        throw new Error(`the read was not complete: ${JSON.stringify(outcome.problem ?? tenant?.completeness)}`);
      const used = process.cpuUsage(cpu);
      return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, outcome };
    };
    const first = await read(sandbox.issuer);
    const recorded = await plainServer(first.outcome.capture.entries, sandbox.origin);
    plain = recorded.server;
    await read(recorded.url);
    type Timing = { ms: number; cpuMs: number };
    const rounds: { sandbox: Timing; plain: Timing }[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternating, the order swapped every round, as load drifts on a shared machine.
      const order = round % 2 ? (['plain', 'sandbox'] as const) : (['sandbox', 'plain'] as const);
      const pair = {} as { sandbox: Timing; plain: Timing };
      for (const side of order) pair[side] = await read(side === 'plain' ? recorded.url : sandbox.issuer);
      rounds.push(pair);
    }
    const requests = first.outcome.capture.entries.length;
    const size = `${SIZE.users.toLocaleString('en')} users, ${SIZE.roles} roles and ${SIZE.organizations} organizations`;
    const figure = (of: keyof Timing, what: string, note: string): BenchFigure => {
      const ratios = rounds.map((r) => r.sandbox[of] / r.plain[of]);
      const ratio = median(ratios);
      const baseline = median(rounds.map((r) => r.plain[of]));
      return {
        name: `read a tenant of ${size}: sandbox vs a plain server with the same JSON, ${what}`,
        value: baseline * ratio,
        unit: 'ms/read',
        baseline,
        target: '<= 2x the plain server',
        met: ratio <= 2,
        detail: `median ratio of ${ROUNDS} alternating rounds (${ratios.map((r) => r.toFixed(2)).join(' ')}); ${note}`,
      };
    };
    return [
      figure('ms', 'wall time', `${requests} requests per read; load average ${loadavg()[0]!.toFixed(1)}`),
      // CPU time does not count waiting for a core, so it holds still on a loaded machine where wall time does not.
      figure('cpuMs', 'CPU time', 'the reader and either server in this process'),
    ];
  } finally {
    plain?.close();
    await sandbox.close();
  }
}

export default tenantReadLarge satisfies Benchmark;
