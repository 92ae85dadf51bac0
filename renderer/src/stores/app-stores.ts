import type { SubscribeToEvents } from '../../../shared/contract/events';
import type { StoreDeps } from './first-screen-stores';
import * as viewStoresModule from './view-stores';
import { createWindowStores } from './window-stores';

export interface AppStoreDeps extends StoreDeps {
  /** The main side's events: the preload bridge's onEvent, or the browser host's stream. */
  subscribe: SubscribeToEvents;
}

/**
 * Every store of the app, wired as a window wires them (`createWindowStores`), with the views' stores made before
 * this resolves: for the store tests, which read any store at once. No store reaches into another:
 * `first-screen-stores.ts` and `view-stores.ts` say which hears of what.
 */
export async function createAppStores(deps: AppStoreDeps) {
  const wired = createWindowStores(deps, () => Promise.resolve(viewStoresModule));
  const views = await wired.loadViewStores();
  return { ...wired.firstScreen, ...views, stop: wired.stop };
}

export type AppStores = Awaited<ReturnType<typeof createAppStores>>;
