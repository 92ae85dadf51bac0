import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliCommand } from '../cli-command.js';
import { parseOptions, parsePort } from '../parse-options.js';
import { startOnPort, untilStopped } from '../serve-until-stopped.js';
import { packageVersion, projectDir } from '../project-dir.js';

export const webCommand: CliCommand = {
  name: 'web',
  summary: 'serve the Tokenscope UI on loopback and open it in the browser',
  usage: [
    'Usage: tokenscope web [--port N] [--no-open] [--json]',
    '',
    '  --port N     port on 127.0.0.1 (default: a random free port)',
    '  --no-open    print the address instead of opening the browser',
    '  --json       print one JSON line {url, launchUrl, issuer} when ready (for scripts and tests)',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, json: { type: 'boolean' } },
    });
    const port = parsePort(values.port);
    const rendererDir = join(projectDir(), 'out', 'renderer');
    if (!existsSync(`${rendererDir}/index.html`)) {
      io.stderr.write(
        'tokenscope web: the UI is not built yet. Run "npm run build" (or "npm start", which builds it), then try again.\n',
      );
      return 1;
    }

    // Loaded here, not at the top: the whole app (sandbox, flows, host) is for this command only.
    const { startAppServices } = await import('../../services/app-services.js');
    const { startBrowserHost } = await import('../../services/host/browser-host.js');
    const { openInBrowser } = await import('../../services/host/open-browser.js');
    const { defaultDataDir } = await import('../../services/data-dir.js');
    const services = await startAppServices({
      shell: 'browser-host',
      dataDir: defaultDataDir(io.env),
      version: packageVersion(),
    });
    // Said before anything else, on standard error (stdout may be the one JSON line a script reads).
    const { vault } = await services.api.getAppInfo();
    if (vault.problem)
      io.stderr.write(`tokenscope web: your saved secrets are not available. ${vault.problem.message}\n`);
    let host;
    try {
      host = await startOnPort('web', port, io, () =>
        startBrowserHost({ api: services.api, events: services.events, rendererDir: rendererDir, port }),
      );
    } finally {
      if (!host) await services.close();
    }
    if (!host) return 1;

    if (values.json) {
      io.stdout.write(
        JSON.stringify({ url: host.url, launchUrl: host.launchUrl, issuer: services.sandbox?.issuer ?? null }) + '\n',
      );
    } else {
      const opened = !values['no-open'] && (await openInBrowser(host.launchUrl));
      // The launch address first: terminals make the first address a link, and the bare one opens only a screen
      // asking for this launch's secret.
      io.stdout.write(
        `Tokenscope: ${host.launchUrl}\n` +
          (opened ? 'Opening it in your browser. If no window appears, open' : 'Open') +
          ` that address: it carries this launch's secret (served on 127.0.0.1 only).\n` +
          (services.sandbox ? `Sandbox issuer: ${services.sandbox.issuer}\n` : '') +
          'Press Ctrl+C to stop.\n',
      );
    }

    await untilStopped();
    await host.close();
    await services.close();
    return 0;
  },
};
