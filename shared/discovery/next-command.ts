import type { DiscoveryReport } from './discovery-report.js';

/** Quotes a value for a POSIX shell when it needs it. */
const shell = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

/**
 * What to run once the chain is discovered: the sign-in with the resource and scopes the API asked for, DPoP when
 * it requires it. The client id is the user's (or one registered in the app): the command line registers none.
 */
export function nextTokenCommand(report: DiscoveryReport, clientId = '<client-id>'): string | undefined {
  if (!report.authorizationServer || !report.resource) return undefined;
  const parts = [
    'tokenscope token --grant authorization_code',
    `--issuer ${shell(report.authorizationServer)}`,
    `--client-id ${clientId.startsWith('<') ? clientId : shell(clientId)}`,
    `--resource ${shell(report.resource)}`,
  ];
  const scopes = report.preselectedScopes ?? [];
  if (scopes.length) parts.push(`--scope ${shell(scopes.join(' '))}`);
  if (report.dpopRequired) parts.push('--dpop');
  return parts.join(' ');
}
