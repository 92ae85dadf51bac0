import { spawn } from 'node:child_process';
import { PROJECT_DIR } from './build.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The whole environment besides PATH: the run sees nothing of the test's own. */
  env?: Record<string, string>;
  /** Written to standard input, which is then closed. */
  input?: string;
  /** Called with all of stderr so far each time more comes (a URL or a code to act on while the run waits). */
  onStderr?: (text: string) => void;
}

/** `node bin/tokenscope.js ...args` to its end, in a clean environment apart from what the test gives. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['bin/tokenscope.js', ...args], {
    cwd: PROJECT_DIR,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    options.onStderr?.(stderr);
  });
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
