import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_DIR } from './build.js';

export interface SpawnedCli<T> {
  child: ChildProcess;
  ready: T;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Runs `node bin/tokenscope.js ...args` and waits for the one JSON line it prints when ready. */
export async function spawnCliUntilJson<T>(
  args: string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<SpawnedCli<T>> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Each run gets its own data folder unless the test names one: tests never touch the user's.
  const env = { ...process.env, TOKENSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'tokenscope-data-')), ...options.env };
  const child = spawn(process.execPath, ['bin/tokenscope.js', ...args], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`tokenscope ${args.join(' ')} printed no JSON line in ${timeoutMs} ms. stderr:\n${stderr}`)),
      timeoutMs,
    );
    child.once('exit', (code) =>
      reject(new Error(`tokenscope ${args.join(' ')} exited ${code} before it was ready. stderr:\n${stderr}`)),
    );
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as T);
    });
  });
  return {
    child,
    ready,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
