import type { FlowEngine } from '../../electron/services/flows/flow-engine.js';
import type { StartedAuthorization } from '../../electron/services/flows/authorization-code.js';
import type { FlowResult } from '../../shared/contract/flow.js';
import { plainSignIn, type PLAIN_NATIVE, type PLAIN_WEB } from './plain-oidc-server.js';

type AuthorizationRequest = Parameters<FlowEngine['startAuthorization']>[0];

/**
 * Starts `client`'s sign-in at the plain server through the flow engine, signs in on the plain server's pages
 * (`plainSignIn`'s user) and hands the redirect back to the engine: the started sign-in and its result, throwing
 * unless the sign-in started and ended with tokens.
 */
export async function signedInAtPlain(
  engine: FlowEngine,
  issuer: string,
  client: typeof PLAIN_NATIVE | typeof PLAIN_WEB,
  request: Omit<AuthorizationRequest, 'issuer' | 'client'>,
): Promise<{ start: StartedAuthorization; result: Extract<FlowResult, { ok: true }> }> {
  const start = await engine.startAuthorization({ issuer, client, ...request });
  if ('ok' in start) throw new Error(JSON.stringify(start));
  const outcome = await engine.handleCallback(await plainSignIn(start.authorizationUrl));
  if (!outcome.accepted || !outcome.result.ok) throw new Error(JSON.stringify(outcome));
  return { start, result: outcome.result };
}
