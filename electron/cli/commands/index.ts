import type { CliCommand } from '../cli-command.js';

/** Every subcommand; add yours here. Kept in one list so `--help` and dispatch cannot disagree. */
export const commands: CliCommand[] = [];
