import type { CliCommand } from '../cli-command.js';
import { startCommand } from './start.js';
import { webCommand } from './web.js';
import { sandboxCommand } from './sandbox.js';
import { inspectCommand } from './inspect.js';
import { tokenCommand } from './token.js';
import { doctorCommand } from './doctor.js';
import { discoverCommand } from './discover.js';

/** Every subcommand; add yours here. Kept in one list so `--help` and dispatch cannot disagree. */
export const commands: CliCommand[] = [
  startCommand,
  webCommand,
  sandboxCommand,
  inspectCommand,
  tokenCommand,
  doctorCommand,
  discoverCommand,
];
