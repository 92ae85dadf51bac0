import { UsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { parseOptions } from '../parse-options.js';
import { STEP_TITLES, type ChainStep } from '../../../shared/discovery/chain-step.js';
import type { DiscoveryReport } from '../../../shared/discovery/discovery-report.js';
import { nextTokenCommand } from '../../../shared/discovery/next-command.js';

const USAGE = `Usage: tokenscope discover URL [--authorization-server ISSUER] [--json]

Starts from an API URL alone, as an MCP client does: calls it without a token, reads resource_metadata from its
401 (RFC 9728 §5.1) or tries the well-known URLs (§3.1), checks that the metadata names this URL (§3.3), picks the
authorization server it lists and discovers it (RFC 8414, then OpenID Connect Discovery). Prints where each piece
was found, the resource and scopes to ask for, and the tokenscope token command to run next.

  --authorization-server ISSUER   one of the metadata's authorization_servers, instead of the first
  --json                          print one JSON object: { ok, brokenAt?, resource, authorizationServer, scopes,
                                  dpopRequired, registrationEndpoint, next, steps, timeline }

Exit 0 when the chain holds up to the authorization server's metadata; 1 when it breaks, naming the step, or when
anything on the way could not be verified (the command never guesses past a step).
The sign-in itself is not run here: the app registers a client when the server allows it (RFC 7591) and signs in.
`;

const MARK: Record<ChainStep['status'], string> = {
  done: 'ok  ',
  failed: 'FAIL',
  pending: '    ',
  waiting: '... ',
  skipped: 'skip',
};

/** Steps the command line stops before: they need a client and a user. */
const APP_STEPS = new Set(['client', 'sign-in', 'call-with-token']);

function toText(report: DiscoveryReport): string {
  const lines = [`Start from ${report.url}`, ''];
  report.steps.forEach((step, i) => {
    if (step.status === 'pending' && (report.brokenAt || !APP_STEPS.has(step.id))) return;
    const what = step.status === 'pending' ? 'next: run the command below, or use the app' : (step.summary ?? '');
    lines.push(`${MARK[step.status]} ${i + 1}. ${STEP_TITLES[step.id]}`);
    if (what) lines.push(`       ${what}`);
    if (step.failure) lines.push(`       why: ${step.failure.explanation}`, `       fix: ${step.failure.fix}`);
  });
  if (report.brokenAt) return lines.join('\n');
  const facts: [string, string | undefined][] = [
    ['metadata', report.metadataUrl ? `${report.metadataUrl} (${report.metadataSource})` : undefined],
    ['resource', report.resource],
    ['authorization server', report.authorizationServer],
    ['other servers listed', report.otherAuthorizationServers?.join(', ') || undefined],
    ['scopes', report.scopes?.join(' ') || '(the metadata lists none)'],
    ['DPoP required', report.dpopRequired ? 'yes (RFC 9449: --dpop)' : 'no'],
    ['registration', report.registrationEndpoint ?? 'not offered: use a client registered at the server'],
  ];
  lines.push('');
  for (const [label, value] of facts) if (value) lines.push(`${`${label}:`.padEnd(22)}${value}`);
  lines.push('', 'Next:', `  ${nextTokenCommand(report)}`);
  return lines.join('\n');
}

function toJson(report: DiscoveryReport): Record<string, unknown> {
  const { id: _id, authorizationUrl: _url, state: _state, ...rest } = report;
  return { ok: !report.brokenAt, ...rest, next: report.brokenAt ? undefined : nextTokenCommand(report) };
}

export const discoverCommand: CliCommand = {
  name: 'discover',
  summary: 'start from an API URL: its RFC 9728 metadata, authorization server, resource and scopes',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseOptions(argv, {
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'authorization-server': { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('Give exactly one API URL, e.g. https://api.example.com/mcp.');
    // Loaded when the command runs: openid-client is not needed by the other commands' start.
    const { discoverApi } = await import('../../services/discovery/discover-api.js');
    const issuer = values['authorization-server'];
    const { report } = await discoverApi(positionals[0]!, issuer ? { authorizationServer: issuer } : {});
    io.stdout.write(`${values.json ? JSON.stringify(toJson(report), null, 2) : toText(report)}\n`);
    if (report.brokenAt) {
      const index = report.steps.findIndex((s) => s.id === report.brokenAt);
      io.stderr.write(`The chain broke at step ${index + 1}: ${STEP_TITLES[report.brokenAt]}.\n`);
      return 1;
    }
    return 0;
  },
};
