import type { CliIo } from './cli-command.js';

/**
 * Starts a server on `port` of 127.0.0.1. A port already in use is the user's to change: said with the fix, and
 * undefined for the command to exit 1, rather than a crash.
 */
export async function startOnPort<T>(
  command: string,
  port: number,
  io: Pick<CliIo, 'stderr'>,
  start: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await start();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    io.stderr.write(
      `tokenscope ${command}: port ${port} on 127.0.0.1 is in use. Pick another with --port, or leave it out for a free one.\n`,
    );
    return undefined;
  }
}

/** Resolves when the user stops a serving command (Ctrl+C) or the system asks it to end, for it to close cleanly. */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
