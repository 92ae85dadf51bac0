import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout (or installed package) the CLI runs from: the nearest folder above this module with Tokenscope's
 * package.json. Found by walking up rather than by a fixed `../..`, because the same code runs from its source
 * (electron/cli/) and built (out/main/, bundled into chunks) at different depths.
 */
export function projectDir(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'tokenscope')
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`Tokenscope's package.json is not above ${fileURLToPath(from)}: reinstall Tokenscope.`);
    dir = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(projectDir(), 'package.json'), 'utf8')) as { version: string }).version;
}
