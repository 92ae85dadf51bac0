import { createStore } from 'zustand/vanilla';
import type { SubscribeToEvents, TokenscopeEvent } from '../../../shared/contract/events';
import { createFirstScreenStores, routeFirstScreenEvent, type StoreDeps } from './first-screen-stores';
import type * as ViewStoresModule from './view-stores';
import type { ViewStores } from './view-stores';

export type { ViewStores };

/** The view-stores module: a dynamic import in the window (its own chunk), the module itself in tests. */
export type LoadViewStoresModule = () => Promise<typeof ViewStoresModule>;

/**
 * Every store of a window over one transport, with each event the main side pushes routed to the stores that care.
 * The first screen's stores are made now; the other views' stores with their module, the first time
 * `loadViewStores` is called (a view, or the first-run offer, needs them). Before that no event concerns them
 * (view-stores.ts says why). The window (app/stores.ts) and the store tests (app-stores.ts) both wire stores here.
 */
export function createWindowStores(
  deps: StoreDeps & { subscribe: SubscribeToEvents },
  loadModule: LoadViewStoresModule,
) {
  const firstScreen = createFirstScreenStores(deps);
  const made = createStore<{ views?: ViewStores; route?(event: TokenscopeEvent): void; stop?(): void }>(() => ({}));
  let loading: Promise<ViewStores> | undefined;
  const loadViewStores = (): Promise<ViewStores> =>
    (loading ??= loadModule().then(({ createViewStores, routeViewEvent }) => {
      const views = createViewStores(deps, firstScreen);
      made.setState({ views: views.stores, route: (event) => routeViewEvent(views.stores, event), stop: views.stop });
      return views.stores;
    }));
  const unsubscribe = deps.subscribe((event) => {
    routeFirstScreenEvent(firstScreen, event);
    made.getState().route?.(event);
  });
  const stop = () => {
    unsubscribe();
    made.getState().stop?.();
  };
  return { firstScreen, made, loadViewStores, stop };
}
