import type { TokenscopeApi } from '../../../shared/contract/api';
import type { SubscribeToEvents } from '../../../shared/contract/events';
import { createApiClient } from '../../../shared/contract/transport';
import { createHttpEvents } from './http-events';
import { createHttpInvoke, takeLaunchSecret } from './http-transport';

// Declares window.tokenscope, which the Electron preload sets; a plain browser has none.
import type {} from '../../../shared/contract/preload-bridge';

export interface Transport {
  api: TokenscopeApi;
  subscribe: SubscribeToEvents;
}

/**
 * The renderer's only way to the main side: the preload bridge in Electron, the browser host otherwise. Made once,
 * by the app (`app/stores.ts`), and handed to the stores; nothing else builds one.
 */
export function connectToMainSide(): Transport {
  const bridge = window.tokenscope;
  if (bridge) return { api: createApiClient(bridge.invoke), subscribe: bridge.onEvent };
  const secret = takeLaunchSecret(window.location, window.sessionStorage, window.history);
  return { api: createApiClient(createHttpInvoke(secret)), subscribe: createHttpEvents(secret) };
}
