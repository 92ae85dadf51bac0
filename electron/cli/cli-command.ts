/** One `tokenscope <name>` subcommand. Streams are passed in so tests can run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  /** One line for `tokenscope --help`. */
  summary: string;
  usage: string;
  /** Resolves to the exit code: 0 success, 1 the operation failed, 2 bad usage. Long-running commands resolve when stopped. */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Thrown for bad usage; the entry point prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
