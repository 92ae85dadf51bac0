import type { TokenscopeApi } from '../../../shared/contract/api';
import type { SubscribeToEvents } from '../../../shared/contract/events';
import { createApiClient } from '../../../shared/contract/transport';
import { createHttpEvents } from './http-events';
import { createHttpInvoke, takeLaunchSecret } from './http-transport';
import { subscribeAfter } from './subscribe-after';

// Declares window.tokenscope, which the Electron preload sets; a plain browser has none.
import type {} from '../../../shared/contract/preload-bridge';

export interface Transport {
  api: TokenscopeApi;
  subscribe: SubscribeToEvents;
}

/**
 * The renderer's only way to the main side: the preload bridge in Electron, the browser host otherwise. Made once,
 * by the window (`app/window-transport.ts`), and handed to the stores; nothing else builds one. `afterFirstScreen`
 * runs what start-up can leave until the first screen is drawn.
 */
export function connectToMainSide(afterFirstScreen: (work: () => void) => void): Transport {
  const bridge = window.tokenscope;
  if (bridge) return { api: createApiClient(bridge.invoke), subscribe: bridge.onEvent };
  const secret = takeLaunchSecret({
    location: window.location,
    history: window.history,
    storage: () => window.sessionStorage,
    // Then at an idle moment; the timeout bounds it on a page that is never idle.
    later: (work) => afterFirstScreen(() => requestIdleCallback(work, { timeout: 1_000 })),
  });
  return {
    api: createApiClient(createHttpInvoke(secret)),
    subscribe: subscribeAfter(afterFirstScreen, createHttpEvents(secret)),
  };
}
