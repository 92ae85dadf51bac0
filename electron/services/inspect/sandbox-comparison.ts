import * as oidc from 'openid-client';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';
import { discover } from '../flows/issuer-discovery.js';
import type { SandboxComparison } from '../../../shared/contract/inspect-types.js';
import { compareTokens } from '../../../shared/inspect/compare-tokens.js';
import { TOKEN_EXCHANGE_GRANT } from '../../../shared/oauth/grant-types.js';
import { PAT_TOKEN_TYPE } from '../../../shared/oauth/token-types.js';
import { inspectToken } from './inspect-token.js';
import { rolesOfToken } from '../tenant-explain/compare-with-roles.js';

/**
 * The comparison users ask about, in one call: the same API through a PAT exchange (RFC 8693, acts as the user) and
 * through client credentials (RFC 6749 §4.4, acts as the app). Both use the sandbox's own apps, users and PATs.
 */
export async function comparePatAndM2m(
  sandbox: SandboxHandle,
  request: { resource?: string; scope?: string } = {},
): Promise<Omit<SandboxComparison, 'issuer'>> {
  const world = sandbox.world;
  const resource = request.resource ?? world.defaultResource ?? world.resources[0]?.indicator;
  if (!resource) throw new Error('The sandbox world has no API resource: add one to compare tokens for it.');
  const scope =
    request.scope ??
    world.resources
      .find((r) => r.indicator === resource)
      ?.permissions.map((p) => p.name)
      .join(' ') ??
    '';
  const exchanger = world.applications.find((app) => app.allowTokenExchange && app.secret);
  const machine = world.applications.find((app) => app.type === 'm2m' && app.secret);
  const owner = world.users.find((user) => (user.personalAccessTokens ?? []).length > 0);
  if (!exchanger)
    throw new Error(
      'No sandbox app has allowTokenExchange and a secret: switch it on for a traditional web app in the world.',
    );
  if (!machine) throw new Error('The sandbox world has no M2M app with a secret: add one to compare.');
  if (!owner) throw new Error('No sandbox user has a personal access token: add one under personalAccessTokens.');

  const [exchangeConfig, machineConfig] = await Promise.all([
    discover(sandbox.issuer, { clientId: exchanger.id, clientSecret: exchanger.secret }),
    discover(sandbox.issuer, { clientId: machine.id, clientSecret: machine.secret }),
  ]);
  const [exchanged, issued] = await Promise.all([
    oidc.genericGrantRequest(exchangeConfig, TOKEN_EXCHANGE_GRANT, {
      subject_token: owner.personalAccessTokens![0]!.value,
      subject_token_type: PAT_TOKEN_TYPE,
      resource,
      scope,
    }),
    oidc.clientCredentialsGrant(machineConfig, { resource, scope }),
  ]);
  const inspect = (token: string) => inspectToken({ token, issuer: sandbox.issuer, expectedAudience: resource });
  const [patAnalysis, m2mAnalysis] = await Promise.all([inspect(exchanged.access_token), inspect(issued.access_token)]);
  const comparison = compareTokens(
    { raw: exchanged.access_token, label: 'PAT exchange', hasRefreshToken: Boolean(exchanged.refresh_token) },
    { raw: issued.access_token, label: 'M2M', hasRefreshToken: Boolean(issued.refresh_token) },
    {
      subjectNames: Object.fromEntries(world.users.map((user) => [user.id, user.username])),
      // Each scope only one token has, with the role behind it (eddie's user roles vs the app's M2M roles).
      roles: { a: rolesOfToken(exchanged.access_token, sandbox), b: rolesOfToken(issued.access_token, sandbox) },
    },
  );
  return {
    resource,
    pat: { clientId: exchanger.id, user: owner.username, raw: exchanged.access_token, analysis: patAnalysis },
    m2m: { clientId: machine.id, raw: issued.access_token, analysis: m2mAnalysis },
    comparison,
  };
}
