// `npm run bench [name...]`: runs every bench/*.bench.ts (or those named) and prints their figures.
// Not a test: it never fails the build; it reports whether each target was met.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, BenchFigure } from './bench-result.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const all: (BenchFigure & { bench: string })[] = [];
for (const file of files) {
  const bench = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n## ${bench}\n`);
  const run = (await import(pathToFileURL(`${dir}/${file}`).href)).default as Benchmark;
  for (const figure of await run()) {
    all.push({ ...figure, bench });
    const ratio = figure.baseline ? ` (baseline ${figure.baseline.toFixed(2)} ${figure.unit}, ${(figure.value / figure.baseline).toFixed(2)}x)` : '';
    process.stdout.write(`${figure.met ? 'MET ' : 'MISS'}  ${figure.name}: ${figure.value.toFixed(2)} ${figure.unit}${ratio}  target ${figure.target}${figure.detail ? `  — ${figure.detail}` : ''}\n`);
  }
}
process.stdout.write(`\n${all.filter((f) => f.met).length} targets met, ${all.filter((f) => !f.met).length} missed\n`);
