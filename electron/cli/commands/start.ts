import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CliCommand } from '../cli-command.js';
import { parseOptions } from '../parse-options.js';
import { buildIsStale } from '../../services/launch/build-freshness.js';
import { findElectronRuntime } from '../../services/launch/electron-runtime.js';
import { webCommand } from './web.js';
import { projectDir } from '../project-dir.js';

const PROJECT_DIR = projectDir();

function run(
  command: string,
  args: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(io.stdout, { end: false });
    child.stderr.pipe(io.stderr, { end: false });
    child.once('error', (error) => {
      io.stderr.write(`${command}: ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'build if needed, then open the desktop app (or the browser UI when no Electron runtime is present)',
  usage: [
    'Usage: tokenscope start [--web] [--port N] [--no-open]',
    '',
    '  --web        always serve the UI in the browser, even when Electron is available',
    '  --port N     browser UI port on 127.0.0.1 (default: random)',
    '  --no-open    print the address instead of opening the browser',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      options: { web: { type: 'boolean' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    });
    if (buildIsStale(PROJECT_DIR)) {
      io.stdout.write('Building Tokenscope (electron-vite build)…\n');
      const code = await run(
        process.execPath,
        [join(PROJECT_DIR, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
        { stdout: io.stderr, stderr: io.stderr },
      );
      if (code !== 0) {
        io.stderr.write(
          'tokenscope start: the build failed (output above). Fix the error, or run "npm run build" to see it alone.\n',
        );
        return 1;
      }
    }
    const webArgs = [...(values.port ? ['--port', values.port] : []), ...(values['no-open'] ? ['--no-open'] : [])];
    if (values.web) return webCommand.run(webArgs, io);

    const runtime = findElectronRuntime(PROJECT_DIR, io.env);
    if (!runtime.found) {
      io.stdout.write(`No Electron runtime: ${runtime.reason}. Serving Tokenscope in your browser instead.\n`);
      return webCommand.run(webArgs, io);
    }
    const child = spawn(runtime.executable, [PROJECT_DIR], {
      stdio: 'inherit',
      env: { ...io.env, ELECTRON_RUN_AS_NODE: undefined },
    });
    return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 0)));
  },
};
