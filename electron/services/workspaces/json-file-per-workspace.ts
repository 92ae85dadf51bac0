import { join } from 'node:path';
import { JsonFileWithBackup, type DocumentWords } from './json-file-with-backup.js';

export interface OpenedDocument<T> {
  file: JsonFileWithBackup<T>;
  /** Loaded once, on first use; `empty` when there was no file (or nothing could be restored). */
  document: Promise<T>;
}

/**
 * One small JSON document per workspace, `<folder>/<workspace>.json`, atomic and with a backup (JsonFileWithBackup),
 * opened and loaded once, on first use. What loading had to repair is kept in `notices`, for the user.
 */
export class JsonFilePerWorkspace<T> {
  private readonly opened = new Map<string, OpenedDocument<T>>();
  readonly notices: string[] = [];

  constructor(
    private readonly folder: string,
    private readonly validate: (data: unknown) => T | string,
    private readonly words: DocumentWords,
    private readonly empty: () => T,
  ) {}

  open(workspaceId: string): OpenedDocument<T> {
    let opened = this.opened.get(workspaceId);
    if (!opened) {
      // A workspace id is ours, but a file name takes only the safe part of it.
      const file = new JsonFileWithBackup(
        join(this.folder, `${workspaceId.replace(/[^\w-]/g, '_')}.json`),
        this.validate,
        this.words,
      );
      const document = file.load().then((loaded) => {
        this.notices.push(...loaded.notices);
        return loaded.value ?? this.empty();
      });
      opened = { file, document };
      this.opened.set(workspaceId, opened);
    }
    return opened;
  }
}
