/**
 * One JSON document on disk that survives a killed process and a corrupted file: every save is atomic
 * (temporary file, fsync, rename: writeFileAtomic) and the previous good version is kept as `<file>.bak`.
 * Loading a damaged file restores the backup, keeps the damaged one aside for a look, and says so.
 */
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write.js';
import { explainFileError, StoreUnavailableError } from '../files/explain-file-error.js';

export interface LoadedDocument<T> {
  value: T | undefined;
  /** For the user: what was wrong and what the store did about it. */
  notices: string[];
}

type Validate<T> = (data: unknown) => T | string;

/** How the notices name what the file holds, so each file's repairs are told in its own words. */
export interface DocumentWords {
  /** "workspaces", "saved connections" */
  content: string;
  /** Where the user looks for what the last change did. */
  check: string;
  /** How to get the content back when the backup is lost too. */
  recover: string;
}

const WORKSPACE_WORDS: DocumentWords = {
  content: 'workspaces',
  check: 'check your saved requests',
  recover: 'Import an export to get them back.',
};

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parse<T>(text: string, validate: Validate<T>): T | string {
  try {
    return validate(JSON.parse(text));
  } catch (error) {
    return `it is not valid JSON (${(error as Error).message})`;
  }
}

export class JsonFileWithBackup<T> {
  /** The text last written or read as valid: what becomes the backup on the next save. */
  private lastGood: string | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Why the file could not be read (a folder in its place, no permission): saves are refused until a restart. */
  private unavailable: string | undefined;

  constructor(
    readonly file: string,
    private readonly validate: Validate<T>,
    private readonly words: DocumentWords = WORKSPACE_WORDS,
  ) {}

  get backupFile(): string {
    return `${this.file}.bak`;
  }

  /** Temporary files of writes a killed process never renamed (writeFileAtomic names them `.<file>.<hex>.tmp`). */
  private async removeStaleTemporaries(): Promise<void> {
    const dir = dirname(this.file);
    const prefixes = [`.${basename(this.file)}.`, `.${basename(this.backupFile)}.`];
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    const stale = names.filter(
      (n) => n.endsWith('.tmp') && prefixes.some((p) => n.startsWith(p) && /^[0-9a-f]+\.tmp$/.test(n.slice(p.length))),
    );
    await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  }

  private explain(error: unknown, file: string): StoreUnavailableError {
    return error instanceof StoreUnavailableError
      ? error
      : new StoreUnavailableError(explainFileError(error, file, `your ${this.words.content}`));
  }

  /**
   * Throws a StoreUnavailableError that names the path and the fix when the file cannot be read at all; from then
   * on saves are refused with the same reason, so nothing is written over what the user may still recover.
   */
  async load(): Promise<LoadedDocument<T>> {
    try {
      return await this.loadOrRepair();
    } catch (error) {
      const explained = this.explain(error, this.file);
      explained.message = `${explained.message} Until then, changes to your ${this.words.content} are not saved.`;
      this.unavailable = explained.message;
      throw explained;
    }
  }

  /** Refuses a change that could not be saved, before it is made in memory. */
  assertWritable(): void {
    if (this.unavailable) throw new StoreUnavailableError(this.unavailable);
  }

  private async loadOrRepair(): Promise<LoadedDocument<T>> {
    const notices: string[] = [];
    await this.removeStaleTemporaries();
    const text = await readText(this.file);
    if (text !== undefined) {
      const value = parse(text, this.validate);
      if (typeof value !== 'string') {
        this.lastGood = text;
        return { value, notices };
      }
      const aside = `${this.file}.damaged-${Date.now()}`;
      await rename(this.file, aside);
      notices.push(`${basename(this.file)} was damaged: ${value}. It was moved to ${basename(aside)}.`);
    }
    const backupText = await readText(this.backupFile).catch((error: unknown) => {
      throw this.explain(error, this.backupFile);
    });
    if (backupText === undefined) {
      if (text !== undefined)
        notices.push(`There was no backup to restore: Tokenscope starts with no ${this.words.content}.`);
      return { value: undefined, notices };
    }
    const backup = parse(backupText, this.validate);
    if (typeof backup === 'string') {
      notices.push(
        `The backup ${basename(this.backupFile)} is damaged too (${backup}): Tokenscope starts with no ${this.words.content}. ${this.words.recover}`,
      );
      return { value: undefined, notices };
    }
    await writeFileAtomic(this.file, backupText);
    this.lastGood = backupText;
    notices.push(
      text === undefined
        ? `${basename(this.file)} was missing; restored it from the backup. Changes made just before the last exit may be lost.`
        : `Restored the backup: your ${this.words.content} are as they were one save before. The last change may be lost; ${this.words.check}.`,
    );
    return { value: backup, notices };
  }

  /** Saves are serialized: the last call wins, and each leaves a complete file and a complete backup. */
  save(value: T): Promise<void> {
    const text = `${JSON.stringify(value, null, 1)}\n`;
    const run = async () => {
      this.assertWritable();
      if (this.lastGood !== undefined && this.lastGood !== text) {
        await writeFileAtomic(this.backupFile, this.lastGood).catch((error: unknown) => {
          throw this.explain(error, this.backupFile);
        });
      }
      await writeFileAtomic(this.file, text).catch((error: unknown) => {
        throw this.explain(error, this.file);
      });
      this.lastGood = text;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
