import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { bindLazyHook } from '../../renderer/src/stores/bind-hook.js';

// Issue 18, start-up: the other views' stores are made when a view first needs them; their hooks exist before.
describe('a hook over a store made later', () => {
  it('says, outside a component, that the store is not made yet instead of reading an empty one', () => {
    const hook = bindLazyHook<{ n: number }>(
      () => undefined,
      () => new Promise(() => undefined),
    );
    expect(() => hook.getState()).toThrow(/before the views loaded their stores/);
  });

  it('follows the store once it is made: getState, setState and subscribe are the store’s own', () => {
    const store = createStore(() => ({ n: 1 }));
    let made = false;
    const hook = bindLazyHook(
      () => (made ? store : undefined),
      () => Promise.resolve(),
    );
    expect(() => hook.getState()).toThrow();
    made = true;
    const seen: number[] = [];
    const stop = hook.subscribe((state) => seen.push(state.n));
    hook.setState({ n: 2 });
    expect(hook.getState()).toEqual({ n: 2 });
    expect(store.getState()).toEqual({ n: 2 });
    expect(hook.getInitialState()).toEqual({ n: 1 });
    stop();
    store.setState({ n: 3 });
    expect(seen).toEqual([2]);
  });
});
