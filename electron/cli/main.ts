import { commands } from './commands/all-commands.js';
import { UsageError, type CliIo } from './cli-command.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'Usage: tokenscope <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run tokenscope <command> --help for a command's options.",
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`tokenscope: unknown command "${name}".\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tokenscope ${name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`tokenscope ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}
