import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'out', 'dist', 'release', 'coverage', 'test-results', '.git']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** Relative link targets of a Markdown file: `[text](target)` and `![alt](target)`, without anchors. */
export function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
  return targets
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]!);
}

// A reader of a clone can follow every link: none leaves the repository, none points at a missing file.
describe('links in the documentation', () => {
  it('finds the relative links of a Markdown text', () => {
    expect(relativeLinks('See [a](docs/a.md#x), [b](https://example.com), ![c](c.png "t") and [d](#top).')).toEqual([
      'docs/a.md',
      'c.png',
    ]);
  });

  const files = markdownFiles(root);
  it('covers the README and docs/', () => {
    expect(files.map((file) => relative(root, file))).toEqual(
      expect.arrayContaining(['README.md', 'docs/architecture.md']),
    );
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s links only to files in the repository',
    (_name, file) => {
      const broken = relativeLinks(readFileSync(file, 'utf8')).filter((target) => {
        const path = resolve(dirname(file), decodeURIComponent(target));
        return relative(root, path).startsWith('..') || !existsSync(path);
      });
      expect(broken).toEqual([]);
    },
  );
});
