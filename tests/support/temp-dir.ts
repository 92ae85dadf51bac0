import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A folder of its own for each test (named from `prefix`), made before the test and removed after it. Call at the
 * top of the file, before hooks that use it; the returned function gives the current test's folder.
 */
export function tempDirForEachTest(prefix: string): () => string {
  let dir: string | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('The folder is made in beforeEach: read it inside a test or a hook.');
    return dir;
  };
}
