// One world load in a fresh process, so its peak memory is its own: `app` through loadWorldFile (size, nesting,
// parse, schema, references), `bare` as yaml.parse of the same file. Prints {ms, cpuMs, peakRssMiB}.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { loadWorldFile } from '../electron/services/sandbox/world/world-file.js';

const [mode, file] = process.argv.slice(2);
const before = process.resourceUsage().maxRSS;
const cpu = process.cpuUsage();
const started = performance.now();
const world =
  mode === 'app' ? await loadWorldFile(file!) : (parse(await readFile(file!, 'utf8')) as { users: unknown[] });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
// maxRSS is in KiB: the process's high-water mark, whatever the garbage collector has given back since.
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, users: world.users.length, peakRssMiB: process.resourceUsage().maxRSS / 1024, startRssMiB: before / 1024 })}\n`,
);
