import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_FOLDERS = ['electron', 'renderer', 'shared', 'bench'];
const SKIP = new Set(['node_modules']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Names that stand for more than one file, each with its places. */
export function sharedNames(paths: string[]): Record<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const path of paths) byName.set(basename(path), [...(byName.get(basename(path)) ?? []), path]);
  return Object.fromEntries([...byName].filter(([, places]) => places.length > 1));
}

// A file's name alone finds it: a reader (or a stack trace) naming `discover.ts` means one file. Tests are left
// out: a test is named for the feature it checks, and each of tests/unit, integration and e2e may have one.
describe('source file names', () => {
  it('finds a name that two folders use', () => {
    expect(sharedNames(['a/x.ts', 'b/x.ts', 'b/y.ts'])).toEqual({ 'x.ts': ['a/x.ts', 'b/x.ts'] });
  });

  it('are each used once', () => {
    const paths = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder))).map((p) => relative(root, p));
    expect(paths.length).toBeGreaterThan(300);
    expect(sharedNames(paths)).toEqual({});
  });
});
