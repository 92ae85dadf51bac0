import { UsageError, type CliCommand } from '../cli-command.js';
import { parseOptions, parsePort } from '../parse-options.js';
import { startOnPort, untilStopped } from '../serve-until-stopped.js';
import type { SandboxHandle } from '../../services/sandbox/sandbox-handle.js';

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
    'Usage: tokenscope sandbox [--port N] [--json] [--world FILE [--watch]] | --print-world | --print-schema',
    '',
    '  --port N       port on 127.0.0.1 (default: a random free port)',
    '  --world FILE   world file (YAML or JSON) to serve instead of the default world',
    '  --watch        with --world: apply the file again each time it is saved (a bad save keeps the old world)',
    '  --json         print one JSON line {issuer, origin, port, resources, clients} when ready (no secrets)',
    '  --print-world  print the default world (YAML) to start your own from, and exit',
    '  --print-schema print the JSON Schema of world files, and exit',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      options: {
        port: { type: 'string' },
        json: { type: 'boolean' },
        world: { type: 'string' },
        watch: { type: 'boolean' },
        'print-world': { type: 'boolean' },
        'print-schema': { type: 'boolean' },
      },
    });
    if (values['print-world']) {
      const { DEFAULT_WORLD_YAML } = await import('../../../shared/sandbox/default-world.js');
      io.stdout.write(DEFAULT_WORLD_YAML);
      return 0;
    }
    if (values['print-schema']) {
      const { worldSchema } = await import('../../../shared/sandbox/world-schema.js');
      io.stdout.write(JSON.stringify(worldSchema, null, 2) + '\n');
      return 0;
    }
    if (values.watch && !values.world)
      throw new UsageError('--watch needs --world FILE: there is nothing to watch in the default world.');
    const port = parsePort(values.port);
    // Loaded here, not at the top: every other command (inspect in a CI step) starts without oidc-provider.
    const { startSandbox } = await import('../../services/sandbox/start-sandbox.js');
    const { loadWorldFile } = await import('../../services/sandbox/world/world-file.js');
    const { watchWorldFile } = await import('../../services/sandbox/world/watch-world-file.js');
    const world = values.world ? await loadWorldFile(values.world) : undefined;

    const sandbox = await startOnPort('sandbox', port, io, () => startSandbox({ port, world }));
    if (!sandbox) return 1;

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

    const watching =
      values.watch && values.world
        ? watchWorldFile(
            sandbox,
            values.world,
            () => io.stderr.write(`tokenscope sandbox: applied ${values.world}.\n`),
            (error) => io.stderr.write(`tokenscope sandbox: kept the previous world. ${error.message}\n`),
          )
        : undefined;

    await untilStopped();
    watching?.close();
    await sandbox.close();
    return 0;
  },
};
