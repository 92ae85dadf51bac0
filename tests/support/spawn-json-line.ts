import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PROJECT_DIR } from './build.js';

export interface SpawnedCli<T> {
  child: ChildProcess;
  ready: T;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Runs `node bin/tokenscope.js ...args` and waits for the one JSON line it prints when ready. */
export async function spawnCliUntilJson<T>(args: string[], timeoutMs = 30_000): Promise<SpawnedCli<T>> {
  const child = spawn(process.execPath, ['bin/tokenscope.js', ...args], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tokenscope ${args.join(' ')} printed no JSON line in ${timeoutMs} ms. stderr:\n${stderr}`)), timeoutMs);
    child.once('exit', (code) => reject(new Error(`tokenscope ${args.join(' ')} exited ${code} before it was ready. stderr:\n${stderr}`)));
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
