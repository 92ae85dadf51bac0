import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-command.js';

/** node:util parseArgs, with its errors turned into UsageError so the CLI prints usage and exits 2. */
export function parseOptions<T extends ParseArgsConfig>(argv: string[], config: T) {
  try {
    return parseArgs({ ...config, args: argv, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A --port value: 0 (random) to 65535. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a number from 0 to 65535, not "${value}".`);
  return port;
}
