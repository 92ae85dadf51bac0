import type { TokenscopeApi } from '../../shared/contract/api.js';
import type { StartAuthorizationRequest } from '../../shared/contract/methods/flow-methods.js';
import { signIn } from '../integration/sandbox-sign-in.js';

type Request = Omit<StartAuthorizationRequest, 'connectionId' | 'clientId'> & Partial<StartAuthorizationRequest>;
type Waiting = Extract<Awaited<ReturnType<TokenscopeApi['startAuthorization']>>, { status: 'waiting' }>;

/**
 * Starts a sign-in through the contract (the sandbox's native app unless `request` names another) and signs in as
 * `user` on the sandbox's pages; returns the started sign-in and the redirect the sandbox sent back, not yet
 * followed. Throws when the sign-in did not start.
 */
export async function startAndSignIn(
  api: TokenscopeApi,
  user: string,
  request: Request,
): Promise<{ start: Waiting; callback: string }> {
  const start = await api.startAuthorization({ connectionId: 'sandbox', clientId: 'tokenscope-native', ...request });
  if (start.status !== 'waiting') throw new Error(JSON.stringify(start));
  const { callback } = await signIn(start.authorizationUrl, { user });
  return { start, callback };
}
