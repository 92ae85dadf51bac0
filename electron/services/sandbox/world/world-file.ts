import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_WORLD_YAML } from '../../../../shared/sandbox/default-world.js';
import { worldSizeProblem } from '../../../../shared/sandbox/world-limits.js';
import type { World } from '../../../../shared/sandbox/world.js';
import { parseWorld, WorldError } from './world-validation.js';

export function defaultWorld(): World {
  return parseWorld(DEFAULT_WORLD_YAML, 'the default world');
}

/**
 * The text of a world file, refused by its size on disk before a byte is read (WORLD_LIMITS.bytes): a file of
 * tens of MB would otherwise be read, then parsed until the process runs out of memory.
 */
export async function readWorldText(file: string): Promise<string> {
  const info = await stat(file);
  if (info.isDirectory()) {
    throw new WorldError(
      [
        {
          path: '',
          message: 'this is a folder, not a world file: name the YAML or JSON file in it, or move the folder away.',
        },
      ],
      file,
    );
  }
  const tooBig = worldSizeProblem(info.size);
  if (tooBig) throw new WorldError([tooBig], file);
  return readFile(file, 'utf8');
}

/** Reads and validates a world file (YAML or JSON); throws WorldError with line numbers when it is wrong. */
export async function loadWorldFile(file: string): Promise<World> {
  let text: string;
  try {
    text = await readWorldText(file);
  } catch (error) {
    if (error instanceof WorldError) throw error;
    throw new Error(
      `Cannot read the world file ${file}: ${(error as Error).message}. Check the path, or leave it out for the default world.`,
    );
  }
  return parseWorld(text, file);
}
