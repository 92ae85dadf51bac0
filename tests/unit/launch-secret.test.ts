import { describe, expect, it } from 'vitest';
import { takeLaunchSecret } from '../../renderer/src/api/http-transport.js';

function browserTab(hash: string, search = '') {
  const store = new Map<string, string>();
  const location = { hash, pathname: '/', search } as Location;
  const replaced: string[] = [];
  const postponed: Array<() => void> = [];
  let storageTouched = 0;
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
  const tab = {
    location,
    history: { replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) } as History,
    storage: () => {
      storageTouched++;
      return storage;
    },
    later: (work: () => void) => void postponed.push(work),
  };
  const runLater = () => postponed.splice(0).forEach((work) => work());
  return { tab, location, replaced, runLater, touched: () => storageTouched };
}

describe('takeLaunchSecret', () => {
  it('takes the secret from the fragment at once, and removes it from the address bar later', () => {
    const state = browserTab('#launch=abc_DEF-123');
    expect(takeLaunchSecret(state.tab)).toBe('abc_DEF-123');
    // Nothing on the first screen's path touches sessionStorage or the history (issue 18, start-up).
    expect(state.touched()).toBe(0);
    expect(state.replaced).toEqual([]);
    state.runLater();
    expect(state.replaced).toEqual(['/']);
  });

  it("takes it from the launch address's query, and leaves the rest of the address as it was", () => {
    const state = browserTab('#view=inspect', '?launch=abc_DEF-123&lang=en');
    expect(takeLaunchSecret(state.tab)).toBe('abc_DEF-123');
    expect(state.replaced).toEqual([]);
    state.runLater();
    expect(state.replaced).toEqual(['/?lang=en#view=inspect']);
  });

  it('prefers the query to the fragment, and takes both out of the address bar', () => {
    const state = browserTab('#launch=older', '?launch=newer');
    expect(takeLaunchSecret(state.tab)).toBe('newer');
    state.runLater();
    expect(state.replaced).toEqual(['/']);
  });

  it('finds it again after a reload of the same tab', () => {
    const state = browserTab('#launch=s3cret');
    takeLaunchSecret(state.tab);
    state.runLater();
    state.location.hash = '';
    expect(takeLaunchSecret(state.tab)).toBe('s3cret');
  });

  it('has none when the page was opened without it', () => {
    const state = browserTab('#other=1', '?relaunch=1');
    expect(takeLaunchSecret(state.tab)).toBeUndefined();
    state.runLater();
    expect(state.replaced).toEqual([]);
  });
});
