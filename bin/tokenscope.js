#!/usr/bin/env node
// Runs the built command line (out/main/cli.js, made by `npm run build` with the app) while it is at least as new
// as its sources: plain JavaScript starts several times faster than TypeScript compiled at every start, which a CI
// step pays on each call (`npm run bench cli-startup`). In a checkout with no fresh build it runs the TypeScript
// through tsx (a devDependency), so `npx tokenscope` still works before any build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}out/main/cli.js`;

// The same walk as electron/services/launch/build-freshness.ts, which cannot be imported before choosing.
function newerThan(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory() ? newerThan(full, time) : statSync(full).mtimeMs > time) return true;
  }
  return false;
}

function builtIsFresh() {
  if (!existsSync(built)) return false;
  const time = statSync(built).mtimeMs;
  return !['electron', 'shared'].some((dir) => existsSync(`${root}${dir}`) && newerThan(`${root}${dir}`, time));
}

async function loadCli() {
  if (builtIsFresh()) {
    try {
      return await import(built);
    } catch {
      // A build being written at this moment: the sources give the same command.
    }
  }
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      'tokenscope: out/main/cli.js is missing or older than its sources, and tsx (a devDependency) is not installed: run "npm run build".\n',
    );
    process.exit(1);
  }
  register();
  return import('../electron/cli/main.ts');
}

const { runCli } = await loadCli();
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
process.exitCode = code;
