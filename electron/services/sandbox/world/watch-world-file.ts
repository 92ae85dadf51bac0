import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { SandboxHandle } from '../sandbox-handle.js';
import { loadWorldFile } from './world-file.js';

export interface WorldWatch {
  close(): void;
}

/**
 * Applies `file` to the running sandbox each time it is saved. A bad save leaves the old world in force and is
 * reported through `onError`, so editing never takes the sandbox down. Watches the folder, because editors often
 * save by replacing the file.
 */
export function watchWorldFile(
  sandbox: SandboxHandle,
  file: string,
  onApplied: () => void,
  onError: (error: Error) => void,
): WorldWatch {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    loadWorldFile(file)
      .then((world) => sandbox.applyWorld(world))
      .then(onApplied, (error: unknown) => onError(error as Error));
  };
  const watcher: FSWatcher = watch(dirname(file), (_event, name) => {
    if (name !== basename(file)) return;
    clearTimeout(timer);
    // Editors write in bursts; wait for the last one.
    timer = setTimeout(reload, 150);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
