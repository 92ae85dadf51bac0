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

/** The hooks of a set of stores: `useFlows` for `flows`, and so on. */
export type StoreHooks<S> = {
  [K in keyof S & string as `use${Capitalize<K>}`]: S[K] extends StoreApi<infer T> ? StoreHook<T> : never;
};

/** A hook for each store, named as React's rules of hooks want it (`use` and the store's name). */
export function bindHooks<S extends object>(stores: S): StoreHooks<S> {
  const named = Object.entries(stores as Record<string, StoreApi<unknown>>).map(([name, store]) => [
    `use${name[0]!.toUpperCase()}${name.slice(1)}`,
    bindHook(store),
  ]);
  return Object.fromEntries(named) as StoreHooks<S>;
}
