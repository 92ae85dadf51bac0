import type { CliCommand } from '../cli-command.js';
import { parseOptions, parsePort } from '../parse-options.js';
import { startSandbox } from '../../services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../services/sandbox/sandbox-handle.js';
import { loadWorldFile } from '../../services/sandbox/world-file.js';

function summary(sandbox: SandboxHandle): string {
  return [
    'Tokenscope sandbox: a local authorization server that behaves like Logto. Not for real users or secrets.',
    '',
    `  Issuer     ${sandbox.issuer}`,
    `  Discovery  ${sandbox.issuer}/.well-known/openid-configuration`,
    '',
    '  API resources:',
    ...sandbox.resources.map((r) => `    ${r.indicator}  (${r.scopes.map((s) => s.name).join(', ')})`),
    '',
    '  Applications (secrets are in the world file):',
    ...sandbox.clients.map((c) => `    ${c.clientId}  ${c.kind}${c.hasSecret ? ', has a secret' : ''}`),
    '',
    'Press Ctrl+C to stop.',
  ].join('\n');
}

export const sandboxCommand: CliCommand = {
  name: 'sandbox',
  summary: 'run the local Logto-like authorization server on its own (for curl, Postman, scripts)',
  usage: [
    'Usage: tokenscope sandbox [--port N] [--json] [--world FILE]',
    '',
    '  --port N       port on 127.0.0.1 (default: a random free port)',
    '  --world FILE   world file (YAML or JSON) to serve instead of the default world',
    '  --json         print one JSON line {issuer, origin, port, resources, clients} when ready (no secrets)',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      options: { port: { type: 'string' }, json: { type: 'boolean' }, world: { type: 'string' } },
    });
    const port = parsePort(values.port);
    const world = values.world ? await loadWorldFile(values.world) : undefined;

    let sandbox: SandboxHandle;
    try {
      sandbox = await startSandbox({ port, world });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        io.stderr.write(`tokenscope sandbox: port ${port} on 127.0.0.1 is in use. Pick another with --port, or leave it out for a free one.\n`);
        return 1;
      }
      throw error;
    }

    if (values.json) {
      io.stdout.write(
        JSON.stringify({
          issuer: sandbox.issuer,
          origin: sandbox.origin,
          port: sandbox.port,
          resources: sandbox.resources.map((r) => r.indicator),
          clients: sandbox.clients.map(({ clientId, name, kind, hasSecret }) => ({ clientId, name, kind, hasSecret })),
        }) + '\n',
      );
    } else {
      io.stdout.write(summary(sandbox) + '\n');
    }

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await sandbox.close();
    return 0;
  },
};
