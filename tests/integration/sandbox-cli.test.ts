import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { World } from '../../shared/sandbox/world.js';

const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));

interface ReadyLine {
  issuer: string;
  resources: string[];
  clients: { clientId: string; kind: string; hasSecret: boolean }[];
}

let child: ChildProcess;
let ready: ReadyLine;
let stdoutRest = '';
let stderr = '';

function firstLine(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! });
    lines.once('line', (line) => {
      lines.on('line', (more) => (stdoutRest += more + '\n'));
      resolve(line);
    });
    proc.once('exit', (code) => reject(new Error(`the sandbox exited with ${code} before it was ready: ${stderr}`)));
  });
}

beforeAll(async () => {
  child = spawn(process.execPath, ['bin/tokenscope.js', 'sandbox', '--json', '--port', '0'], { cwd: PROJECT_DIR });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  ready = JSON.parse(await firstLine(child)) as ReadyLine;
});

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});

describe('tokenscope sandbox --json', () => {
  it('prints one JSON line with the issuer and the API resource indicators', () => {
    expect(ready.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oidc$/);
    expect(ready.resources).toContain('https://products.tokenscope.test');
    expect(JSON.stringify(ready)).not.toContain('secret-not-for-production');
  });

  it('serves tokens to a real client', async () => {
    // The secret comes from the world file, as a user would read it; the ready line never carries it.
    const world = parseYaml(DEFAULT_WORLD_YAML) as World;
    const app = world.applications.find((a) => a.type === 'm2m')!;
    const config = await oidc.discovery(new URL(ready.issuer), app.id, app.secret, undefined, {
      execute: [oidc.allowInsecureRequests],
    });
    const tokens = await oidc.clientCredentialsGrant(config, { resource: ready.resources[0]!, scope: 'read:products' });
    expect(tokens.access_token.split('.')).toHaveLength(3);
  });

  it('stops cleanly on SIGTERM with exit code 0 and prints nothing else', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdoutRest).toBe('');
    expect(stderr).not.toContain('Unsupported runtime');
  });
});

describe('tokenscope sandbox --world FILE --watch', () => {
  it('applies each save of the world file, and keeps the old world on a bad save', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'tokenscope-watch-')), 'world.yaml');
    writeFileSync(file, DEFAULT_WORLD_YAML);
    const proc = spawn(process.execPath, ['bin/tokenscope.js', 'sandbox', '--json', '--world', file, '--watch'], {
      cwd: PROJECT_DIR,
    });
    let errors = '';
    proc.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const waitFor = async (text: string) => {
      for (let i = 0; i < 100 && !errors.includes(text); i++) await new Promise((r) => setTimeout(r, 50));
      expect(errors).toContain(text);
    };
    try {
      const line = JSON.parse(await firstLine(proc)) as ReadyLine;
      const world = parseYaml(DEFAULT_WORLD_YAML) as World;
      const app = world.applications.find((a) => a.type === 'm2m')!;
      const config = await oidc.discovery(new URL(line.issuer), app.id, app.secret, undefined, {
        execute: [oidc.allowInsecureRequests],
      });
      const scopeOf = async () => {
        const { access_token } = await oidc.clientCredentialsGrant(config, {
          resource: 'https://products.tokenscope.test',
          scope: 'delete:products',
        });
        return JSON.parse(Buffer.from(access_token.split('.')[1]!, 'base64url').toString()).scope as string | undefined;
      };
      expect(await scopeOf()).toBeUndefined();

      writeFileSync(
        file,
        DEFAULT_WORLD_YAML.replace(
          'https://products.tokenscope.test: [read:products, write:products]\n      https://orders.tokenscope.test: [read:orders]\n  - id: management-reader',
          'https://products.tokenscope.test: [read:products, write:products, delete:products]\n      https://orders.tokenscope.test: [read:orders]\n  - id: management-reader',
        ),
      );
      await waitFor('applied');
      expect(await scopeOf()).toBe('delete:products');

      writeFileSync(file, 'resources: [');
      await waitFor('kept the previous world');
      expect(await scopeOf()).toBe('delete:products');
    } finally {
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGTERM');
      await exited;
    }
  });
});
