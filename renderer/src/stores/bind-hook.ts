import { useStore, type StoreApi } from 'zustand';

/** A React hook over a store made elsewhere, with the store's own getState/setState/subscribe, like zustand's `create`. */
export type StoreHook<T> = {
  (): T;
  <U>(selector: (state: T) => U): U;
} & StoreApi<T>;

const whole = <T>(state: T) => state;

export function bindHook<T>(store: StoreApi<T>): StoreHook<T> {
  const hook = <U>(selector?: (state: T) => U) => useStore(store, selector ?? (whole as (state: T) => U));
  return Object.assign(hook, store) as StoreHook<T>;
}
