import { use } from 'react';
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

/**
 * A hook over a store made later (a view's store, made when a view first needs it): while it does not exist yet, a
 * component using it suspends until `made` resolves (React's `use`), and getState/setState/subscribe follow it.
 */
export function bindLazyHook<T>(current: () => StoreApi<T> | undefined, made: () => Promise<unknown>): StoreHook<T> {
  const store = (): StoreApi<T> => {
    const existing = current();
    if (!existing) throw new Error('a view store was used outside a component before the views loaded their stores');
    return existing;
  };
  const hook = <U>(selector?: (state: T) => U) => {
    if (!current()) use(made());
    return useStore(store(), selector ?? (whole as (state: T) => U));
  };
  const api: StoreApi<T> = {
    getState: () => store().getState(),
    getInitialState: () => store().getInitialState(),
    setState: ((...args: unknown[]) =>
      (store().setState as (...a: unknown[]) => void)(...args)) as StoreApi<T>['setState'],
    subscribe: (listener) => store().subscribe(listener),
  };
  return Object.assign(hook, api) as StoreHook<T>;
}
