import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_DIR } from '../support/build.js';

// Issue 18, start-up: the first screen's stylesheet is written into index.html (electron.vite.config.ts,
// inlineEntryCss). A lazy chunk that still listed the removed file among what to preload would fail to load
// ("Unable to preload CSS"), so every file index.html or a chunk names must be in the build.
const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
const chunks = readdirSync(join(RENDERER_DIR, 'assets')).filter((f) => f.endsWith('.js'));

/** The files a chunk preloads before a dynamic import: Vite's `__vite__mapDeps` list (`m.f=[…]`). */
function preloadList(code: string): string[] {
  const list = /m\.f=\[([^\]]*)\]/.exec(code)?.[1];
  return list ? [...list.matchAll(/"\.\/([^"]+)"/g)].map((m) => m[1]!) : [];
}

describe('the built renderer', () => {
  it('draws the first screen with the stylesheet in index.html, not a file to wait for', () => {
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toMatch(/<style>[\s\S]*\.topbar[\s\S]*<\/style>/);
  });

  it('names in index.html only files that exist', () => {
    const named = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect(existsSync(join(RENDERER_DIR, file)), file).toBe(true);
  });

  it('lists for preloading only files that exist, in every chunk', () => {
    const listed = chunks.flatMap((chunk) =>
      preloadList(readFileSync(join(RENDERER_DIR, 'assets', chunk), 'utf8')).map((file) => ({ chunk, file })),
    );
    expect(listed.some(({ file }) => file.endsWith('.css'))).toBe(true); // the lazy views' own stylesheets
    for (const { chunk, file } of listed)
      expect(existsSync(join(RENDERER_DIR, 'assets', file)), `${chunk}: ${file}`).toBe(true);
  });
});
