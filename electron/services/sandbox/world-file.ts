import { readFile } from 'node:fs/promises';
import { DEFAULT_WORLD_YAML } from '../../../shared/sandbox/default-world.js';
import type { World } from '../../../shared/sandbox/world.js';
import { parseWorld } from './world-validation.js';

export function defaultWorld(): World {
  return parseWorld(DEFAULT_WORLD_YAML, 'the default world');
}

/** Reads and validates a world file (YAML or JSON); throws WorldError with line numbers when it is wrong. */
export async function loadWorldFile(file: string): Promise<World> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the world file ${file}: ${(error as Error).message}. Check the path, or leave it out for the default world.`);
  }
  return parseWorld(text, file);
}
