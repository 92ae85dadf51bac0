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

/** The hooks of a set of stores: `useFlows` for `flows`, and so on; members that are no store get none. */
export type StoreHooks<S> = {
  [K in keyof S & string as S[K] extends StoreApi<unknown> ? `use${Capitalize<K>}` : never]: S[K] extends StoreApi<
    infer T
  >
    ? StoreHook<T>
    : never;
};

const isStore = (value: unknown): value is StoreApi<unknown> =>
  typeof value === 'object' && value !== null && 'getState' in value && 'subscribe' in value;

/** A hook for each store, named as React's rules of hooks want it (`use` and the store's name). */
export function bindHooks<S extends object>(stores: S): StoreHooks<S> {
  const hooks: Record<string, unknown> = {};
  for (const [name, store] of Object.entries(stores)) {
    if (isStore(store)) hooks[`use${name.charAt(0).toUpperCase()}${name.slice(1)}`] = bindHook(store);
  }
  return hooks as StoreHooks<S>;
}
