// Issue 13: `tokenscope inspect TOKEN --issuer I --json` as CI runs it, a whole process per call, against a bare
// Node script that verifies the same token with jose (discovery, JWKS, jwtVerify). Target: <= 1.3x its wall time.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { ratioFigure, type Benchmark } from './bench-result.js';
import { alternate } from './alternate.js';
import { PROJECT_DIR, ensureBuilt } from '../tests/support/build.js';
import { makeIssuer, startIssuerServer, liveClaims } from '../tests/unit/inspect-fixtures.js';

const RUNS = 7;
const BARE = fileURLToPath(new URL('./fixtures/bare-inspect/verify.mjs', import.meta.url));

/** Wall time of one whole process, in ms; it must exit 0 (a benchmark of a failing command measures nothing). */
function timed(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Asynchronous: the issuer answering the child lives in this process.
    const child = spawn(process.execPath, args, { cwd: PROJECT_DIR, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited ${code}: ${err}`)),
    );
  });
}

const bench: Benchmark = async () => {
  // Built first: a stale build makes bin/tokenscope.js fall back to tsx, which is what this measures against.
  ensureBuilt();
  const issuer = await makeIssuer();
  const server = await startIssuerServer(issuer.jwks);
  try {
    const token = await new SignJWT(liveClaims(server.issuer))
      .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', kid: issuer.kid })
      .sign(issuer.privateKey);
    const cli = ['bin/tokenscope.js', 'inspect', token, '--issuer', server.issuer, '--json'];
    const bare = [BARE, token, server.issuer];
    await timed(cli);
    await timed(bare);
    // Interleaved, so a busy moment on a shared machine weighs on both alike.
    const times = await alternate(RUNS, { bare: () => timed(bare), cli: () => timed(cli) });
    return [
      ratioFigure({
        name: 'tokenscope inspect TOKEN --issuer I --json, whole process',
        unit: 'ms',
        values: times.cli,
        baselines: times.bare,
        ratio: 1.3,
        target: '<= 1.3x a bare jose.jwtVerify script',
        detail: `median of ${RUNS}, interleaved; baseline: node + jose, discovery, JWKS, jwtVerify`,
      }),
    ];
  } finally {
    await server.close();
  }
};

export default bench;
