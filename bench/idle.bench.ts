// Issue 2: the browser host and the sandbox must sit still when nothing happens (Bruno users report 15% idle CPU).
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchFigure } from './bench-result.js';
import { spawnCliUntilJson } from '../tests/support/spawn-json-line.js';
import { ensureBuilt } from '../tests/support/build.js';

const IDLE_SECONDS = 30;
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** user + system CPU time of a process, in seconds, from /proc (Linux only). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

export default async function idleBenchmark(): Promise<BenchFigure[]> {
  if (process.platform !== 'linux') return [];
  ensureBuilt();
  const web = await spawnCliUntilJson<{ url: string }>(['web', '--json', '--no-open']);
  try {
    await sleep(3000); // let start-up work finish
    const before = cpuSeconds(web.child.pid!);
    await sleep(IDLE_SECONDS * 1000);
    const used = cpuSeconds(web.child.pid!) - before;
    const percent = (used / IDLE_SECONDS) * 100;
    return [
      {
        name: `CPU of the browser host + sandbox process over ${IDLE_SECONDS} s idle`,
        value: percent,
        unit: '% of one core',
        target: '<= 1%',
        met: percent <= 1,
      },
    ];
  } finally {
    await web.stop();
  }
}
