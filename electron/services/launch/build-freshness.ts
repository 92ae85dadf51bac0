import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when out/ is missing or older than any source it is built from, so `npm start` rebuilds only when needed. */
export function buildIsStale(projectDir: string): boolean {
  const outputs = ['out/renderer/index.html', 'out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs'].map(
    (f) => join(projectDir, f),
  );
  if (!outputs.every((f) => existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = ['renderer', 'shared', 'electron'].map((d) => join(projectDir, d)).filter((d) => existsSync(d));
  return sources.some((d) => newestMtime(d) > built);
}
