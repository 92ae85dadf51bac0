/**
 * A small file beside a history log that says whether entries are waiting for their write: set (synchronously)
 * when an entry is queued, cleared once the batch is written. Found set at the next start, it means the last run
 * ended with calls that never reached the log, and the user is told how many and from when.
 * One fixed-size record rewritten in place (one pwrite, a few microseconds), not a file created and removed per
 * batch, so the marker costs a call almost nothing.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

const RECORD_LENGTH = 96;

function record(value: { pending: number; since?: string }): Buffer {
  return Buffer.from(`${JSON.stringify(value).padEnd(RECORD_LENGTH - 1)}\n`);
}

export interface PendingAtLastExit {
  /** How many entries were queued and not yet written. */
  pending: number;
  /** When the oldest of them was made (ISO 8601). */
  since: string;
}

export class PendingMarker {
  private fd: number | undefined;
  /** A marker that cannot be written must not stop the history; the log's own write reports the problem. */
  private broken = false;

  constructor(readonly file: string) {}

  pending(count: number, since: string): void {
    this.write(record({ pending: count, since }));
  }

  idle(): void {
    if (this.fd !== undefined) this.write(record({ pending: 0 }));
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }

  /** What the last run left; the marker is removed, so it is told once. */
  async takeLastExit(): Promise<PendingAtLastExit | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return undefined;
    }
    await rm(this.file, { force: true });
    try {
      const value = JSON.parse(text) as Partial<PendingAtLastExit>;
      if (typeof value.pending === 'number' && value.pending > 0 && typeof value.since === 'string')
        return { pending: value.pending, since: value.since };
      return undefined;
    } catch {
      // Cut off while being written: entries were queued then, their number unknown.
      return { pending: 0, since: '' };
    }
  }

  private write(bytes: Buffer): void {
    if (this.broken) return;
    try {
      if (this.fd === undefined) {
        mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
        this.fd = openSync(this.file, 'w', 0o600);
      }
      writeSync(this.fd, bytes, 0, bytes.length, 0);
    } catch {
      this.broken = true;
    }
  }
}
