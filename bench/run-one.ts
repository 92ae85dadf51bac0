// One benchmark file in this process; its figures go to stdout as the last line, in JSON, for bench/run.ts.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './bench-result.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const run = (await import(pathToFileURL(`${dir}/${process.argv[2]}`).href)).default as Benchmark;
const figures = await run();
process.stdout.write(`\n${JSON.stringify(figures)}\n`);
// A benchmark may leave a pooled connection or a timer behind; the figures are out, so end here.
process.exit(0);
