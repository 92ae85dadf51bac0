// Issue 11: a world at the size limit (WORLD_LIMITS: 20,000 users, just under 4 MB) loaded as `--world` and the saved
// world load it (loadWorldFile: size and nesting checked first, then YAML parsed, schema and references checked),
// against bare yaml.parse of the same file. Each load in a fresh process, so time and peak memory are its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORLD_LIMITS } from '../shared/sandbox/world-limits.js';
import { worldWithUsers } from '../tests/support/large-world.js';
import { median, type Benchmark } from './bench-result.js';

const ROUNDS = 3;
const DEFAULT_USERS = 4;
const child = fileURLToPath(new URL('./world-load-child.ts', import.meta.url));

interface Load {
  ms: number;
  cpuMs: number;
  users: number;
  peakRssMiB: number;
}

function load(mode: 'app' | 'bare', file: string): Load {
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, mode, file], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Load;
}

const worldLoad: Benchmark = async () => {
  const text = worldWithUsers(WORLD_LIMITS.users - DEFAULT_USERS);
  const file = join(mkdtempSync(join(tmpdir(), 'tokenscope-bench-world-')), 'world.yaml');
  writeFileSync(file, text);
  const bytes = Buffer.byteLength(text);
  const runs = { app: [] as Load[], bare: [] as Load[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const mode of round % 2 ? (['app', 'bare'] as const) : (['bare', 'app'] as const))
      runs[mode].push(load(mode, file));
  }
  if (runs.app.some((r) => r.users !== WORLD_LIMITS.users))
    throw new Error('the world at the limit did not load whole');
  const ratio = median(runs.app.map((a, i) => a.ms / runs.bare[i]!.ms));
  const baseline = median(runs.bare.map((r) => r.ms));
  const cpuRatio = median(runs.app.map((a, i) => a.cpuMs / runs.bare[i]!.cpuMs));
  const cpuBaseline = median(runs.bare.map((r) => r.cpuMs));
  const peak = Math.max(...runs.app.map((r) => r.peakRssMiB));
  const barePeak = Math.max(...runs.bare.map((r) => r.peakRssMiB));
  const world = `${WORLD_LIMITS.users.toLocaleString('en')} users, ${bytes.toLocaleString('en')} bytes`;
  return [
    {
      name: 'a world at the size limit: load time',
      value: baseline * ratio,
      unit: 'ms',
      baseline,
      target: '<= 1.25x bare yaml.parse',
      met: ratio <= 1.25,
      detail: `${world}; median ratio of ${ROUNDS} (${runs.app.map((a, i) => (a.ms / runs.bare[i]!.ms).toFixed(2)).join(' ')}), each in a fresh process; load average ${loadavg()[0]!.toFixed(1)}`,
    },
    {
      // CPU time does not count waiting for a core, so it holds still on a loaded machine where wall time does not.
      name: 'a world at the size limit: CPU time of the load',
      value: cpuBaseline * cpuRatio,
      unit: 'ms',
      baseline: cpuBaseline,
      target: '<= 1.25x bare yaml.parse',
      met: cpuRatio <= 1.25,
      detail: `median ratio (${runs.app.map((a, i) => (a.cpuMs / runs.bare[i]!.cpuMs).toFixed(2)).join(' ')}); garbage collection threads included`,
    },
    {
      name: 'a world at the size limit: peak memory of the process',
      value: peak,
      unit: 'MiB',
      baseline: barePeak,
      target: '<= 1.25x bare yaml.parse',
      met: peak <= 1.25 * barePeak,
      detail: `${world}; highest of ${ROUNDS} (resident set, Node and tsx included)`,
    },
  ];
};

export default worldLoad;
