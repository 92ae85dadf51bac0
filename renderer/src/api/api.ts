import type { TokenscopeApi } from '../../../shared/contract/api';
import type { Invoke } from '../../../shared/contract/transport';
import { createApiClient } from '../../../shared/contract/transport';
import { createHttpInvoke, takeLaunchSecret } from './http-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    tokenscope?: { invoke: Invoke };
  }
}

/** The renderer's only way to the main side: the preload bridge in Electron, the browser host otherwise. */
export const api: TokenscopeApi = createApiClient(
  window.tokenscope?.invoke ?? createHttpInvoke(takeLaunchSecret(window.location, window.sessionStorage, window.history)),
);
