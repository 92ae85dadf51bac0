/**
 * History as JSON lines: one entry per line, appended, so a call costs one small append, not a rewrite of 10,000
 * entries. A process killed mid-append leaves at most one cut-off last line, which loading drops. The log is
 * rewritten (atomically) only to compact it: when it grows past the cap, or to drop damaged lines.
 */
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeSync } from 'node:fs';
import type { HistoryEntry } from '../../../shared/replay/types.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { explainFileError, StoreUnavailableError } from '../files/explain-file-error.js';
import { PendingMarker, type PendingAtLastExit } from './pending-marker.js';

export interface LoadedHistory {
  entries: HistoryEntry[];
  notices: string[];
}

function isEntry(value: unknown): value is HistoryEntry {
  const e = value as HistoryEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'string' &&
    typeof e.at === 'string' &&
    typeof e.request?.url === 'string'
  );
}

function lastExitNotice({ pending, since }: PendingAtLastExit): string {
  const calls = pending > 0 ? `up to ${pending} ${pending === 1 ? 'call' : 'calls'}` : 'the last calls';
  const when = since ? ` from ${since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
  return `the last run ended while history was being written; ${calls}${when} may be missing (they were never answered in Tokenscope).`;
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
}

export class HistoryLog {
  private handle: FileHandle | undefined;
  private queue: Promise<void> = Promise.resolve();
  private lines = 0;
  /** Why the log could not be read: appends are refused with it, so nothing is written over the file. */
  private unavailable: string | undefined;

  constructor(
    readonly file: string,
    readonly cap: number,
  ) {
    this.marker = new PendingMarker(`${file}.pending`);
  }

  async load(): Promise<LoadedHistory> {
    const lastExit = await this.marker.takeLastExit();
    const notices = lastExit ? [lastExitNotice(lastExit)] : [];
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], notices };
      this.unavailable = `${explainFileError(error, this.file, 'the history of this workspace')} Until then, calls are answered but not kept in history.`;
      throw new StoreUnavailableError(this.unavailable);
    }
    const entries: HistoryEntry[] = [];
    const rawLines = text.split('\n');
    const lastIndex = rawLines.length - 1;
    let damaged = 0;
    let cutOff = false;
    rawLines.forEach((line, index) => {
      if (!line.trim()) return;
      try {
        const value: unknown = JSON.parse(line);
        if (isEntry(value)) entries.push(value);
        else damaged += 1;
      } catch {
        // A file that does not end in a newline was cut during its last append.
        if (index === lastIndex) cutOff = true;
        else damaged += 1;
      }
    });
    if (cutOff) notices.push('The last history entry was cut off when Tokenscope stopped; it was dropped.');
    if (damaged)
      notices.push(
        `${damaged} damaged history ${damaged === 1 ? 'line was' : 'lines were'} dropped; the other ${entries.length} entries are kept.`,
      );
    const kept = entries.slice(-this.cap);
    if (cutOff || damaged || kept.length < entries.length || (text.length > 0 && !text.endsWith('\n')))
      await this.rewrite(kept);
    this.lines = kept.length;
    return { entries: kept, notices };
  }

  /** Rewrites the whole log atomically; later appends go to the new file. */
  rewrite(entries: HistoryEntry[]): Promise<void> {
    if (this.unavailable) return Promise.reject(new StoreUnavailableError(this.unavailable));
    return this.enqueue(async () => {
      await this.handle?.close();
      this.handle = undefined;
      await writeFileAtomic(this.file, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
      this.lines = entries.length;
    });
  }

  /** Lines waiting for their write; appended together, so calls never queue one write each. */
  private pending: { entry: HistoryEntry; done: () => void; failed: (error: unknown) => void }[] = [];
  private flushing = false;
  private scheduled = false;
  private readonly marker: PendingMarker;

  /**
   * Appends one entry; resolves once it is written. The caller answers only then, so what the user was shown is
   * in the file (an answered call survives kill -9: the OS holds what was written). Usually written at once; entries
   * that arrive while the file is being opened or compacted share one write after it. No fsync per call:
   * a power cut may lose what the OS had not written out, and the cut-off line is detected on load.
   */
  append(entry: HistoryEntry, compact: () => HistoryEntry[]): Promise<void> {
    if (this.unavailable) return Promise.reject(new StoreUnavailableError(this.unavailable));
    this.compact = compact;
    // The common case, written now within this call: the file is open and nothing is queued ahead of it. Deferring
    // it to a batch cost a fast API's call a fifth of its CPU time (a turn of the event loop per call, bench
    // replay-overhead), for no gain: one synchronous append of a line is a few microseconds.
    if (
      this.handle &&
      this.tasks === 0 &&
      !this.flushing &&
      this.pending.length === 0 &&
      this.lines < this.cap * 1.25
    ) {
      try {
        writeAll(this.handle.fd, Buffer.from(`${JSON.stringify(entry)}\n`));
        this.lines += 1;
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(
          new StoreUnavailableError(explainFileError(error, this.file, 'the history of this workspace')),
        );
      }
    }
    return new Promise<void>((done, failed) => {
      // Serialized at the flush, not here: the JSON of a batch is built once, in one string.
      this.pending.push({ entry, done, failed });
      // Before anything else can happen: a kill from here to the write leaves the marker for the next start.
      this.marker.pending(this.pending.length, this.pending[0]!.entry.at);
      if (!this.flushing && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          void this.flush();
        });
      }
    });
  }

  /** The newest `cap` entries, from the store's memory: what a compaction keeps. */
  private compact: () => HistoryEntry[] = () => [];

  private flushRun: Promise<void> | undefined;

  private flush(): Promise<void> {
    this.flushRun ??= this.flushAll().finally(() => (this.flushRun = undefined));
    return this.flushRun;
  }

  private async flushAll(): Promise<void> {
    this.flushing = true;
    while (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.enqueue(async () => {
          if (this.lines + batch.length > this.cap * 1.25) {
            // Compact from memory, where the newest `cap` entries (this batch included) already are.
            await this.handle?.close();
            this.handle = undefined;
            const kept = this.compact();
            await writeFileAtomic(this.file, kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
            this.lines = kept.length;
            return;
          }
          if (!this.handle) {
            await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
            this.handle = await open(this.file, 'a', 0o600);
          }
          // A synchronous append of one batch (tens of kilobytes into the page cache) costs less than handing it to
          // the thread pool and back, which showed as half of a replay call's overhead on a fast API.
          writeAll(this.handle.fd, Buffer.from(batch.map((b) => `${JSON.stringify(b.entry)}\n`).join('')));
          this.lines += batch.length;
        });
        batch.forEach((b) => b.done());
      } catch (error) {
        const explained = new StoreUnavailableError(
          explainFileError(error, this.file, 'the history of this workspace'),
        );
        batch.forEach((b) => b.failed(explained));
      }
      // Entries that came in during the write are still pending: the marker keeps counting them.
      if (this.pending.length) this.marker.pending(this.pending.length, this.pending[0]!.entry.at);
      else this.marker.idle();
    }
    this.flushing = false;
  }

  async close(): Promise<void> {
    if (this.pending.length || this.flushRun) await this.flush();
    await this.enqueue(async () => {
      await this.handle?.close();
      this.handle = undefined;
    });
    this.marker.close();
  }

  /** The log of a workspace removed: closed, then gone with its marker. */
  async delete(): Promise<void> {
    await this.close();
    await rm(this.file, { force: true });
    await rm(this.marker.file, { force: true });
  }

  /** Tasks queued or running (open, rewrite, compaction): while any is, an append waits its turn. */
  private tasks = 0;

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.tasks += 1;
    const next = this.queue.then(task, task).finally(() => (this.tasks -= 1));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
