import type { TokenscopeApi } from '../../shared/contract/api.js';
import type { ClientCredentialsRequest } from '../../shared/contract/flow.js';

/** Client credentials of the sandbox world's M2M app (tokenscope-m2m) through the contract, on the Sandbox connection. */
export function sandboxM2mRun(
  api: TokenscopeApi,
  request: Omit<ClientCredentialsRequest, 'connectionId' | 'clientId'>,
) {
  return api.runClientCredentials({ connectionId: 'sandbox', clientId: 'tokenscope-m2m', ...request });
}
