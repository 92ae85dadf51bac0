// `npm run bench [name...]`: runs every bench/*.bench.ts (or those named) and prints their figures.
// Not a test: it never fails the build; it reports whether each target was met.
// Each benchmark runs in a Node process of its own: what one leaves behind (a larger heap, pooled connections,
// timers) must not weigh on the next one's measurements.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchFigure } from './bench-result.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

function runAlone(file: string): Promise<BenchFigure[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${dir}/run-one.ts`, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('[')) resolve(JSON.parse(line) as BenchFigure[]);
      else reject(new Error(`${file} exited ${code}: ${out}`));
    });
  });
}

const all: (BenchFigure & { bench: string })[] = [];
for (const file of files) {
  const bench = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n## ${bench}\n`);
  for (const figure of await runAlone(file)) {
    all.push({ ...figure, bench });
    const ratio = figure.baseline
      ? ` (baseline ${figure.baseline.toFixed(2)} ${figure.unit}, ${(figure.value / figure.baseline).toFixed(2)}x)`
      : '';
    process.stdout.write(
      `${figure.met ? 'MET ' : 'MISS'}  ${figure.name}: ${figure.value.toFixed(2)} ${figure.unit}${ratio}  target ${figure.target}${figure.detail ? `  — ${figure.detail}` : ''}\n`,
    );
  }
}
process.stdout.write(`\n${all.filter((f) => f.met).length} targets met, ${all.filter((f) => !f.met).length} missed\n`);
