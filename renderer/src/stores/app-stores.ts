import type { SubscribeToEvents } from '../../../shared/contract/events';
import { createFirstScreenStores, routeFirstScreenEvent, type StoreDeps } from './first-screen-stores';
import { createViewStores, routeViewEvent } from './view-stores';

export interface AppStoreDeps extends StoreDeps {
  /** The main side's events: the preload bridge's onEvent, or the browser host's stream. */
  subscribe: SubscribeToEvents;
}

/**
 * Every store of the app at once, over one transport, with each event the main side pushes routed to the store that
 * cares. No store reaches into another: `first-screen-stores.ts` and `view-stores.ts` say which hears of what. The
 * window (app/stores.ts) makes the same two halves, the second one lazily; tests make them here.
 */
export function createAppStores({ api, subscribe, openUrl }: AppStoreDeps) {
  const firstScreen = createFirstScreenStores({ api, openUrl });
  const views = createViewStores({ api, openUrl }, firstScreen);
  const unsubscribe = subscribe((event) => {
    routeFirstScreenEvent(firstScreen, event);
    routeViewEvent(views.stores, event);
  });
  const stop = () => {
    unsubscribe();
    views.stop();
  };
  return { ...firstScreen, ...views.stores, stop };
}

export type AppStores = ReturnType<typeof createAppStores>;
