import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, at any depth: where a test looks for a secret the app must not have written. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The text of every file below `dir`, each named by its path inside `dir`. */
export function textsUnder(dir: string): { file: string; text: string }[] {
  return filesUnder(dir).map((file) => ({ file: file.slice(dir.length), text: readFileSync(file, 'utf8') }));
}
