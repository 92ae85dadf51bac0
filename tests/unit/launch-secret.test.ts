import { describe, expect, it } from 'vitest';
import { takeLaunchSecret } from '../../renderer/src/api/http-transport.js';

function browserState(hash: string) {
  const store = new Map<string, string>();
  const location = { hash, pathname: '/', search: '' } as Location;
  const replaced: string[] = [];
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
  const history = { replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) } as History;
  return { location, storage, history, replaced };
}

describe('takeLaunchSecret', () => {
  it('takes the secret from the fragment and removes it from the address bar', () => {
    const state = browserState('#launch=abc_DEF-123');
    expect(takeLaunchSecret(state.location, state.storage, state.history)).toBe('abc_DEF-123');
    expect(state.replaced).toEqual(['/']);
  });

  it('finds it again after a reload of the same tab', () => {
    const state = browserState('#launch=s3cret');
    takeLaunchSecret(state.location, state.storage, state.history);
    state.location.hash = '';
    expect(takeLaunchSecret(state.location, state.storage, state.history)).toBe('s3cret');
  });

  it('has none when the page was opened without it', () => {
    const state = browserState('#other=1');
    expect(takeLaunchSecret(state.location, state.storage, state.history)).toBeUndefined();
    expect(state.replaced).toEqual([]);
  });
});
