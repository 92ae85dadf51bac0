/** Wall time and CPU time of this process (client, any server in it, libuv threads) of one run, in ms. */
export interface Timing {
  wall: number;
  cpu: number;
}

export async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/**
 * Runs each of `runs` once per pair, `pairs` times, the order swapped every pair: on a shared, loaded machine the
 * load drifts within milliseconds, and only runs this close in time see the same drift. What each run returned,
 * in order, under its name.
 */
export async function alternate<K extends string, V>(
  pairs: number,
  runs: Record<K, () => Promise<V>>,
): Promise<Record<K, V[]>> {
  const names = Object.keys(runs) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as V[]])) as Record<K, V[]>;
  for (let i = 0; i < pairs; i += 1) {
    for (const name of i % 2 ? [...names].reverse() : names) results[name].push(await runs[name]());
  }
  return results;
}
