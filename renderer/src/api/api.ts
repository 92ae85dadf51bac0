import type { TokenscopeApi } from '../../../shared/contract/api';
import { createApiClient } from '../../../shared/contract/transport';
import { createHttpInvoke, takeLaunchSecret } from './http-transport';

// Declares window.tokenscope, which the Electron preload sets; a plain browser has none.
import type {} from '../../../shared/contract/preload-bridge';

/** The renderer's only way to the main side: the preload bridge in Electron, the browser host otherwise. */
export const api: TokenscopeApi = createApiClient(
  window.tokenscope?.invoke ?? createHttpInvoke(takeLaunchSecret(window.location, window.sessionStorage, window.history)),
);
