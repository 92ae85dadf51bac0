// Issue 15: reading a tenant of 1,000 users, 100 roles and 50 organizations through the sandbox's Management API
// (token, pagination, bounded concurrency, timeline, model) against the same GET requests made bare with fetch, at
// the same concurrency, in the same run. Target <= 1.2x. The sandbox answers in this process for both, so its work
// weighs the same on each side; reads alternate, the order swapped every round, as load drifts on a shared machine.
import { loadavg } from 'node:os';
import { median, type BenchFigure, type Benchmark } from './bench-result.js';
import { alternate, timed, type Timing } from './alternate.js';
import { startSandbox } from '../electron/services/sandbox/start-sandbox.js';
import { readTenant } from '../electron/services/tenant/tenant-reader.js';
import { limitConcurrency } from '../electron/services/tenant/limit-concurrency.js';
import { TENANT_READ_LIMITS } from '../shared/tenant/read-limits.js';
import { largeTenantWorld } from './fixtures/large-tenant-world.js';

const USERS = 1_000;
const ROLES = 100;
const ORGANIZATIONS = 50;
const ROUNDS = 9;
const ADMIN = 'tokenscope-admin-script';

const largeWorld = () => largeTenantWorld({ users: USERS, roles: ROLES, organizations: ORGANIZATIONS });

async function tenantRead(): Promise<BenchFigure[]> {
  const world = largeWorld();
  const sandbox = await startSandbox({ world });
  try {
    const admin = sandbox.clients.find((c) => c.clientId === ADMIN)!;
    const read = async () => {
      const outcome = await readTenant({
        issuer: sandbox.issuer,
        credentials: { clientId: ADMIN, clientSecret: admin.clientSecret! },
        readId: 'bench',
      });
      if (!outcome.tenant?.completeness.complete)
        throw new Error(
          `the read was not complete: ${JSON.stringify(outcome.problem ?? outcome.tenant?.completeness)}`,
        );
      return outcome;
    };
    const first = await read();
    const tenant = first.tenant!;
    if (tenant.users.length !== USERS || tenant.roles.length !== ROLES || tenant.organizations.length !== ORGANIZATIONS)
      throw new Error(
        `unexpected size: ${tenant.users.length} users, ${tenant.roles.length} roles, ${tenant.organizations.length} organizations`,
      );
    const gets = first.capture.entries.filter((e) => e.method === 'GET' && new URL(e.url).pathname.startsWith('/api/'));
    const authorization = gets[0]!.requestHeaders.authorization!;
    const bare = async () => {
      // The reader's own bound, so both sides keep the same number of requests in flight.
      const slot = limitConcurrency(TENANT_READ_LIMITS.concurrency);
      await Promise.all(
        gets.map((e) =>
          slot(async () => {
            const response = await fetch(e.url, { headers: { accept: 'application/json', authorization } });
            JSON.parse(await response.text());
          }),
        ),
      );
    };
    await bare();
    // CPU time of this process: the client and the sandbox, the same server work on both sides.
    const timings = await alternate(ROUNDS, { reader: () => timed(read), bare: () => timed(bare) });
    const rounds = timings.reader.map((reader, i) => ({ reader, bare: timings.bare[i]! }));
    const ratios = (of: keyof Timing) => rounds.map((r) => r.reader[of] / r.bare[of]);
    const ratio = median(ratios('wall'));
    const baseline = median(rounds.map((r) => r.bare.wall));
    const cpuRatio = median(ratios('cpu'));
    const cpuBaseline = median(rounds.map((r) => r.bare.cpu));
    const size = `${USERS} users, ${ROLES} roles, ${ORGANIZATIONS} organizations`;
    return [
      {
        name: `read a tenant (${size}) vs the same GETs bare: wall time`,
        value: baseline * ratio,
        unit: 'ms/read',
        baseline,
        target: '<= 1.2x bare fetch',
        met: ratio <= 1.2,
        detail: `median ratio of ${ROUNDS} alternating rounds (${ratios('wall')
          .map((r) => r.toFixed(2))
          .join(
            ' ',
          )}); ${gets.length} GETs + discovery and token on the reader's side, ${TENANT_READ_LIMITS.concurrency} in flight, timeline kept; load average ${loadavg()[0]!.toFixed(1)}`,
      },
      {
        // CPU time does not count waiting for a core, so it holds still on a loaded machine where wall time does not.
        name: `read a tenant (${size}) vs the same GETs bare: CPU time`,
        value: cpuBaseline * cpuRatio,
        unit: 'ms/read',
        baseline: cpuBaseline,
        target: '<= 1.2x bare fetch',
        met: cpuRatio <= 1.2,
        detail: `median ratio (${ratios('cpu')
          .map((r) => r.toFixed(2))
          .join(' ')}); client and the sandbox's answers in this process`,
      },
    ];
  } finally {
    await sandbox.close();
  }
}

export default tenantRead satisfies Benchmark;
