import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), or undefined once it is gone. */
function statFields(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system, every thread: main, workers, raster, GC) of the Chromium processes this benchmark
 * started, in ms; undefined off Linux. A wall-clock time on a machine other jobs load says more about the load than
 * about the page; the CPU a page cost does not depend on it as much.
 */
export function browserCpuMs(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const children = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    const fields = statFields(pid);
    if (!fields) continue;
    const parent = fields[1]!;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
    try {
      names.set(pid, readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
    } catch {
      // gone meanwhile
    }
  }
  let ticks = 0;
  const stack = [String(process.pid)];
  while (stack.length) {
    for (const child of children.get(stack.pop()!) ?? []) {
      stack.push(child);
      const fields = names.get(child)?.startsWith('chrom') ? statFields(child) : undefined;
      if (fields) ticks += Number(fields[11]) + Number(fields[12]);
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
